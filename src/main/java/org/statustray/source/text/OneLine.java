package org.statustray.source.text;

import org.jspecify.annotations.Nullable;

/**
 * Text from a page (or from an exception about one) made fit for a log record, a terminal or an error
 * message: one line, no control characters (C0, DEL, C1 such as the 8-bit CSI), no line or paragraph
 * separators and no bidirectional overrides, each run of those and of white space one space, cut to a length.
 * A terminal that is shown it cannot be driven by it, and a log that records it cannot be flooded by it.
 */
public final class OneLine {
    private OneLine() {
    }

    /** {@code text} as one clean line of at most {@code max} characters, ending in "…" when cut; "" for null. */
    public static String of(@Nullable String text, int max) {
        String line = clean(text);
        if (line.length() <= max) {
            return line;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--; // never half a surrogate pair
        }
        return line.substring(0, Math.max(end, 0)) + "…";
    }

    /** {@code text} as one clean line, whatever its length. */
    public static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isBreak(cp)) {
                gap = out.length() > 0;
            } else {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether {@code cp} is white space, a control or a character that reorders what follows it. */
    static boolean isBreak(int cp) {
        return Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp) || isBidiControl(cp);
    }

    /** The marks and overrides that make text display in another order than it is stored ("Trojan Source"). */
    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
