package org.statustray.bench;

/** One part of the benchmark suite (parsers, poll, process, store); adds its figures to the report. */
public interface BenchPart {

    String name();

    void run(BenchContext context, Report report) throws Exception;

    /** Called after every part has run: for work left running in the background (the idle process). */
    default void finish(BenchContext context, Report report) throws Exception {
    }
}
