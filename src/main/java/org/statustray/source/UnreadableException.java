package org.statustray.source;

/** A payload that cannot be read as the format claimed. The message is one line a person can act on. */
public final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(oneLine(reason));
    }

    private static String oneLine(String s) {
        String flat = s == null ? "unreadable" : s.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
    }
}
