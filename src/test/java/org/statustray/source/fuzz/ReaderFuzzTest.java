package org.statustray.source.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.statustray.source.AwsHealthReader;
import org.statustray.source.AwsRssReader;
import org.statustray.source.AzureReader;
import org.statustray.source.BetterStackReader;
import org.statustray.source.CachetReader;
import org.statustray.source.CstateReader;
import org.statustray.source.FeedReader;
import org.statustray.source.GcpReader;
import org.statustray.source.IncidentioReader;
import org.statustray.source.InstatusReader;
import org.statustray.source.SlackReader;
import org.statustray.source.StatusioReader;
import org.statustray.source.StatuspageReader;

/**
 * One fuzz test per reader, each fed raw bytes. In a plain build they run in regression mode: once per
 * seed in {@code ReaderFuzzTestInputs/<method>/} (the format's fixtures, copied there by the build, and the
 * reproducers of past findings, kept in src/test/resources). {@code src/test/fuzz/fuzz-all.sh} fuzzes them
 * for real, one reader per JVM.
 */
class ReaderFuzzTest {

    @FuzzTest
    void statuspage(byte[] body) {
        ReaderProperty.holdsFor(new StatuspageReader(), body);
    }

    @FuzzTest
    void incidentio(byte[] body) {
        ReaderProperty.holdsFor(new IncidentioReader(), body);
    }

    @FuzzTest
    void instatus(byte[] body) {
        ReaderProperty.holdsFor(new InstatusReader(), body);
    }

    @FuzzTest
    void cachet(byte[] body) {
        ReaderProperty.holdsFor(new CachetReader(), body);
    }

    @FuzzTest
    void slack(byte[] body) {
        ReaderProperty.holdsFor(new SlackReader(), body);
    }

    @FuzzTest
    void statusio(byte[] body) {
        ReaderProperty.holdsFor(new StatusioReader(), body);
    }

    @FuzzTest
    void gcp(byte[] body) {
        ReaderProperty.holdsFor(new GcpReader(), body);
    }

    @FuzzTest
    void awsHealth(byte[] body) {
        ReaderProperty.holdsFor(new AwsHealthReader(), body);
    }

    @FuzzTest
    void awsRss(byte[] body) {
        ReaderProperty.holdsFor(new AwsRssReader(), body);
    }

    @FuzzTest
    void azure(byte[] body) {
        ReaderProperty.holdsFor(new AzureReader(), body);
    }

    @FuzzTest
    void betterstack(byte[] body) {
        ReaderProperty.holdsFor(new BetterStackReader(), body);
    }

    @FuzzTest
    void feed(byte[] body) {
        ReaderProperty.holdsFor(new FeedReader(), body);
    }

    @FuzzTest
    void cstate(byte[] body) {
        ReaderProperty.holdsFor(new CstateReader(), body);
    }
}
