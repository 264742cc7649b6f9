package org.statustray.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The guid of an AWS dashboard post, {@code http://status.aws.amazon.com/#ec2-us-east-1_1639599392}: the
 * service code and the post's epoch second, as {@link #GUID} captures them. Read by hand, as the pattern's
 * {@code .*#} costs a backtracking search per post (a third of the reader's own work); the pattern stays the
 * definition.
 */
final class AwsGuids {
    static final Pattern GUID =
            Pattern.compile("(?i)https?://(?:status|health)\\.aws\\.amazon\\.com/?.*#([a-z0-9.]+(?:-[a-z0-9.]+)*)_(\\d{9,11})");
    private static final String DOMAIN = ".aws.amazon.com";

    private AwsGuids() {
    }

    /** Groups 1 (the service code) and 2 (the seconds) of {@link #GUID} matching the whole id; null when it does not. */
    static String @Nullable [] groups(String id) {
        int i = ascii(id, 0, "http");
        if (i < 0) {
            return null;
        }
        int s = ascii(id, i, "s");
        i = ascii(id, s < 0 ? i : s, "://");
        if (i < 0) {
            return null;
        }
        int host = ascii(id, i, "status");
        i = ascii(id, host < 0 ? ascii(id, i, "health") : host, DOMAIN);
        int hash = id.lastIndexOf('#');
        // '#' is in neither the host nor the tail, so the tail follows the last one; '.' stops at line ends
        if (i < 0 || hash < i || lineEnd(id, i, hash)) {
            return null;
        }
        int underscore = id.indexOf('_', hash + 1);
        if (underscore < 0 || !code(id, hash + 1, underscore) || !digits(id, underscore + 1)) {
            return null;
        }
        return new String[] {id.substring(hash + 1, underscore), id.substring(underscore + 1)};
    }

    /** The definition, for tests. */
    static String @Nullable [] byPattern(String id) {
        Matcher m = GUID.matcher(id);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** {@code word} (lower-case ASCII) at {@code i}, ASCII letters in any case, as {@code (?i)} reads: the index after it, else -1. */
    private static int ascii(String s, int i, String word) {
        if (i < 0 || i + word.length() > s.length()) {
            return -1;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(i + k);
            char w = word.charAt(k);
            if (c != w && !(c >= 'A' && c <= 'Z' && (char) (c | 0x20) == w)) {
                return -1;
            }
        }
        return i + word.length();
    }

    private static boolean lineEnd(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** {@code [a-z0-9.]+(?:-[a-z0-9.]+)*} (any case) over the whole range. */
    private static boolean code(String s, int from, int to) {
        if (from == to || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
            if (!word && !(c == '-' && s.charAt(k - 1) != '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{9,11}} to the end. */
    private static boolean digits(String s, int from) {
        int n = s.length() - from;
        if (n < 9 || n > 11) {
            return false;
        }
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
