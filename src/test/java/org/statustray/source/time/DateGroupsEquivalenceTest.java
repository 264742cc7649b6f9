package org.statustray.source.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-read date parts ({@link FeedDates#rfc822Groups}, {@link PostTimes#quickGroups}) are what the
 * patterns capture whenever the hand reading answers, and it answers for the forms the feeds use.
 */
class DateGroupsEquivalenceTest {
    private static final String[] RFC_PIECES = {"Wed", "Thursday", "W", "Wednesdays", ",", ".", " ", "  ", "\t", "4",
        "04", "123", "Mar", "June", "Ju", "Septembers", "2022", "22", "022", "20221", "17", "7", ":", "51", "5", "510",
        ":20", ":2", ".5", ".", "+0000", "-0700", "+05:30", "+05:3", "+000", "Z", "PST", "GMT+1", "GMT+12345", "UTCXYZ",
        "GMT+", "x", "T"};
    private static final String[] WHEN_PIECES = {"Mar", "Sept.", "Ma", "Septembers", " ", "  ", "\n", "9", "09", "123",
        ",", "2026", "17", "7", ":", "58", "5", "581", ":38", ":3", "UTC", "GMT+0", "GMT+12345", "UTCXYZ", "GMT+",
        "(UTC)", "x", "-", "."};

    private static final String[] JS_PIECES = {"Sat", "Sa", "Satur", ",", " ", "  ", "\n", "Jun", "June", "11", "1",
        "111", "2022", "20222", "18", ":", "55", "5", "555", ":50", ":5", ".1", ".123", ".1234", ".", "GMT", "UTC", "Z",
        "GMTX", "+0000", "-0530", "+05:30", "+05:3", "+05", "+5", "+053", "+", "(Coordinated Universal Time)", "(",
        ")", "(a\nb)", "(a\u2028b)", "x"};

    @Test
    void plainFeedDatesAreReadByHand() {
        for (String s : List.of("Wed, 16 Mar 2022 19:46:08 +0000", "Thu, 16 Apr 2026 20:49:00 Z",
                "Wed, 15 Dec 2021 12:16:32 PST", "Thu, 04 Jun 2026 10:00:00 +05:30", "4 Jun 2026 10:00:00 +0000",
                "Thursday, 04 June 2026 10:00:00 GMT", "Thu, 04 Jun 2026 10:00:00")) {
            assertThat(FeedDates.rfc822Groups(s)).as(s).isNotNull();
            sameRfc(s);
        }
        for (String s : List.of("Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)",
                "Sat Jun 11 2022 18:55:50 GMT-0530", "Sat, Jun 11 2022 18:55:50.123 UTC+05:30 (x)", "Sat Jun 11 2022 18:55")) {
            assertThat(JsDateParts.quickGroups(s)).as(s).isNotNull();
            sameJs(s);
        }
        for (String s : List.of("Mar 9, 17:58 UTC", "Jun 5, 01:40:38 GMT+0", "Jan 2, 08:00 UTC", "Mar 9, 17:58")) {
            assertThat(PostTimes.quickGroups(s)).as(s).isNotNull();
            sameWhen(s);
        }
    }

    @Test
    void randomDatesAreCutAsThePatternsCutThem() {
        Random random = new Random(2_12_2026);
        for (int round = 0; round < 100_000; round++) {
            sameRfc(random(random, RFC_PIECES, "Wed, 16 Mar 2022 19:46:08 +0000".split("(?<= )|(?=[ :,])")).trim());
            sameWhen(random(random, WHEN_PIECES, "Mar 9, 17:58 UTC".split("(?<= )|(?=[ :,])")).trim());
            sameJs(random(random, JS_PIECES,
                    "Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)".split("(?<= )|(?=[ :,+(])")).trim());
        }
    }

    /** A plain date with a few of its pieces swapped for odd ones, or pieces at random. */
    private static String random(Random random, String[] pieces, String[] plain) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(4) == 0) {
            for (int i = random.nextInt(12); i >= 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            return b.toString();
        }
        for (String p : plain) {
            int roll = random.nextInt(10);
            b.append(roll == 0 ? pieces[random.nextInt(pieces.length)] : roll == 1 ? "" : p);
        }
        return b.toString();
    }

    private static void sameRfc(String s) {
        same(FeedDates.rfc822Groups(s), pattern("RFC_822", FeedDates.class), s);
    }

    private static void sameWhen(String s) {
        same(PostTimes.quickGroups(s), PostTimes.WHEN, s);
    }

    private static void sameJs(String s) {
        same(JsDateParts.quickGroups(s), JsDates.TO_STRING, s);
    }

    private static void same(String[] quick, Pattern pattern, String s) {
        if (quick == null) {
            return;
        }
        Matcher m = pattern.matcher(s);
        assertThat(m.matches()).as("the pattern matches %s", s).isTrue();
        String[] expected = new String[quick.length];
        for (int g = 1; g < quick.length; g++) {
            expected[g] = m.group(g);
        }
        assertThat(Arrays.asList(quick)).as(s).isEqualTo(Arrays.asList(expected));
    }

    private static Pattern pattern(String field, Class<?> owner) {
        try {
            var f = owner.getDeclaredField(field);
            f.setAccessible(true);
            return (Pattern) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
