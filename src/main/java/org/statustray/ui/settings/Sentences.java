package org.statustray.ui.settings;

import org.jspecify.annotations.Nullable;

/** Messages from lower layers ("cannot write …") as sentences in a window. */
final class Sentences {
    private Sentences() {
    }

    static String capitalised(@Nullable String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** At most {@code max} characters, cut with an ellipsis. */
    static String shortened(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
