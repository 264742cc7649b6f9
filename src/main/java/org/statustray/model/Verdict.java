package org.statustray.model;

import java.util.Locale;

/**
 * Is it me or them: what this machine's probe of a service's own address and its status page say together.
 * Judged in {@code watch}; read here so that the windows and the tray, which never use {@code watch}, can
 * show it.
 */
public enum Verdict {
    /** The page says operational and the service answers from here. */
    FINE("fine"),
    /** The page reports a problem and the service does not answer from here either. */
    THEM_CONFIRMED("down, confirmed from here"),
    /** The service stopped answering from here while its page says operational and other hosts answer. */
    THEM_NOT_ON_PAGE_YET("not answering from here; not on its page yet"),
    /** The page reports a problem but the service answers from here. */
    PAGE_ONLY("page reports a problem; answers from here"),
    /** This machine's network is the problem (offline, or its name lookups fail). */
    YOU("this machine's network"),
    /** The service has no probe address, or probing is off for it. */
    NO_PROBE("not probed");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** What a person reads. */
    public String words() {
        return words;
    }

    /**
     * The verdict from a page's status and whether the service itself answers from here: the one home of the
     * rule ({@code watch} and {@code check --probe} both ask). {@code othersAnswer}: some other host answered
     * (its status page, another service); {@code machineFine}: this machine's network is not the problem.
     */
    public static Verdict judge(Status page, boolean serviceAnswers, boolean othersAnswer, boolean machineFine) {
        if (!machineFine) {
            return YOU;
        }
        if (page.isProblem()) {
            return serviceAnswers ? PAGE_ONLY : THEM_CONFIRMED;
        }
        if (!serviceAnswers) {
            return othersAnswer ? THEM_NOT_ON_PAGE_YET : YOU;
        }
        return FINE;
    }

    /** The verdict as scripts read it: {@code them_not_on_page_yet}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the service was probed at all, so that there is a verdict worth showing beside it. */
    public boolean probed() {
        return this != NO_PROBE;
    }

    /** Whether the tray should say it: anything but "fine" and "not probed". */
    public boolean worthTelling() {
        return this != FINE && this != NO_PROBE;
    }
}
