package org.statustray.store;

/**
 * A row the query returns as one {@code json_array(...)} of its columns, read back into its fields. Reading
 * a whole history this way takes one JDBC call a row instead of one a column: sqlite-jdbc's cost per call
 * (a native call and two copies of the text) is most of what reading ten thousand incidents costs.
 * Knows what SQLite writes for text, numbers and null: no spaces, escapes only where JSON requires them.
 */
final class JsonRow {
    private JsonRow() {
    }

    /** The {@code count} fields of {@code json}; numbers as their text, null as null. */
    static String[] fields(String json, int count) {
        String[] out = new String[count];
        if (json == null || json.isEmpty() || json.charAt(0) != '[') {
            throw malformed(json);
        }
        int i = 1;
        for (int f = 0; f < count; f++) {
            if (f > 0) {
                i = expect(json, i, ',');
            }
            if (i >= json.length()) {
                throw malformed(json);
            }
            char c = json.charAt(i);
            if (c == '"') {
                int close = json.indexOf('"', i + 1);
                int escape = json.indexOf('\\', i + 1);
                if (close < 0) {
                    throw malformed(json);
                }
                if (escape < 0 || escape > close) {
                    out[f] = json.substring(i + 1, close);
                    i = close + 1;
                } else {
                    StringBuilder sb = new StringBuilder(close - i + 16);
                    i = escaped(json, i + 1, sb);
                    out[f] = sb.toString();
                }
            } else if (json.startsWith("null", i)) {
                i += 4;
            } else {
                int end = i;
                while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != ']') {
                    end++;
                }
                out[f] = json.substring(i, end);
                i = end;
            }
        }
        if (expect(json, i, ']') != json.length()) {
            throw malformed(json);
        }
        return out;
    }

    /** Reads a string with escapes from {@code i} (just after its opening quote); returns where it ends. */
    private static int escaped(String json, int i, StringBuilder sb) {
        while (i < json.length()) {
            char c = json.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i >= json.length()) {
                break;
            }
            char e = json.charAt(i++);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 > json.length()) {
                        throw malformed(json);
                    }
                    sb.append((char) Integer.parseInt(json, i, i + 4, 16));
                    i += 4;
                }
                default -> sb.append(e); // \" \\ \/
            }
        }
        throw malformed(json);
    }

    private static int expect(String json, int i, char c) {
        if (i >= json.length() || json.charAt(i) != c) {
            throw malformed(json);
        }
        return i + 1;
    }

    private static IllegalStateException malformed(String json) {
        String start = json == null ? "null" : json.length() > 60 ? json.substring(0, 60) + "…" : json;
        return new IllegalStateException("a row of the history store reads back malformed: " + start);
    }
}
