package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Shared checks for the fetch tests: every failure must carry a one-line reason. */
final class FetchAssertions {
    private FetchAssertions() {
    }

    static FetchResult.Failed assertFailed(FetchResult result, FailureKind kind) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.kind()).as("kind of %s", failed).isEqualTo(kind);
        assertThat(failed.reason()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
        return failed;
    }

    static FetchResult.Fresh assertFresh(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Fresh.class);
        return (FetchResult.Fresh) result;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
