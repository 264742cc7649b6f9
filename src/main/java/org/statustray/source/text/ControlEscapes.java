package org.statustray.source.text;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * JSON escapes for text that pages wrote: besides what JSON requires (C0 controls, quote, backslash), DEL,
 * the C1 controls (the 8-bit CSI among them), the line and paragraph separators and the bidirectional
 * overrides are written as JSON's six-character escapes, so a JSON line printed on a terminal or read by a
 * line-oriented tool cannot be broken or repainted by a page. The parsed value is unchanged.
 */
public final class ControlEscapes extends CharacterEscapes {
    public static final ControlEscapes INSTANCE = new ControlEscapes();
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    static {
        ASCII[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    private ControlEscapes() {
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        if (Character.isISOControl(ch) || ch == 0x2028 || ch == 0x2029 || OneLine.isBidiControl(ch)) {
            return new SerializedString(String.format("\\u%04X", ch));
        }
        return null;
    }
}
