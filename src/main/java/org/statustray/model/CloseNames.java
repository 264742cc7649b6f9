package org.statustray.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names close to one a person typed, for "did you mean" messages: same words, a typo or two apart. */
public final class CloseNames {
    private CloseNames() {
    }

    /** Up to {@code max} of {@code candidates} that look like {@code typed}, closest first. */
    public static List<String> to(String typed, List<String> candidates, int max) {
        String t = typed.trim().toLowerCase(Locale.ROOT);
        Set<String> unique = new LinkedHashSet<>(candidates);
        List<String> close = new ArrayList<>();
        for (String c : unique) {
            String l = c.toLowerCase(Locale.ROOT);
            if (l.contains(t) || t.contains(l) || closeness(t, c) <= Math.max(2, t.length() / 4)) {
                close.add(c);
            }
        }
        close.sort(Comparator.comparingInt(c -> closeness(t, c)));
        return close.size() > max ? close.subList(0, max) : close;
    }

    /** Edit distance to the whole name or, for {@code Group / Name}, to the bare name, whichever is less. */
    private static int closeness(String typed, String candidate) {
        String l = candidate.toLowerCase(Locale.ROOT);
        int slash = l.lastIndexOf(" / ");
        int whole = distance(typed, l);
        return slash < 0 ? whole : Math.min(whole, distance(typed, l.substring(slash + 3)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
