package org.statustray.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.source.text.ControlEscapes;
import org.statustray.source.text.OneLine;

/**
 * What the command line prints of page text (titles, names, descriptions, reasons): on a terminal a page
 * must not be able to move the cursor, retitle the window or fake a line of output, so in text each value
 * is one line without control characters, and in JSON those characters are escaped.
 */
final class Printable {
    private Printable() {
    }

    /** {@code text} as one line without control characters; null stays null (printed as before). */
    static @Nullable String text(@Nullable String text) {
        return text == null ? null : OneLine.clean(text);
    }

    /** An address as typed, with any password hidden, as one clean line. */
    static @Nullable String address(@Nullable String typed) {
        return text(WebAddress.withoutCredentials(typed));
    }

    /**
     * A link a page gave, as it may be printed: only what the app would open ({@link WebAddress#link}: an http or
     * https address), in ASCII; null for anything else ({@code javascript:}, {@code file:}, a relative path).
     */
    static @Nullable String link(@Nullable String url) {
        return WebAddress.link(url).map(URI::toASCIIString).orElse(null);
    }

    static ObjectMapper mapper(boolean indent) {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(ControlEscapes.INSTANCE);
        return indent ? mapper.enable(SerializationFeature.INDENT_OUTPUT) : mapper;
    }
}
