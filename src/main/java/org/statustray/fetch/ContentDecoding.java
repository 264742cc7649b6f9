package org.statustray.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/** Undoes a {@code Content-Encoding}, never inflating more than the body cap into memory. */
final class ContentDecoding {

    /** Why a body could not be decoded; the message is the user-facing reason. */
    static final class UnreadableBodyException extends IOException {
        UnreadableBodyException(String reason) {
            super(reason);
        }
    }

    private ContentDecoding() {
    }

    /**
     * The 2xx {@code response} as a {@link FetchResult.Fresh}, or why its body is unusable. The response's body is
     * paid for in {@code hold}; an inflated one takes its place there.
     */
    static FetchResult fresh(URI uri, URI finalUri, HttpResponse<byte[]> response, Validators validators, long limit,
            BodyBudget budget, BodyBudget.Hold hold) {
        HttpHeaders headers = response.headers();
        try {
            byte[] raw = response.body();
            byte[] body = decode(raw, headers.firstValue("Content-Encoding").orElse(null), limit, budget, hold);
            if (body != raw) {
                hold.giveBack(raw.length); // the gzip body is done with
            }
            return new FetchResult.Fresh(uri, finalUri, response.statusCode(),
                    headers.firstValue("Content-Type").orElse(null), body, validators);
        } catch (BodyTooLargeException e) {
            return e.overBudget() ? Failures.overBudget(uri) : Failures.tooLarge(uri, limit);
        } catch (IOException e) {
            return Failures.failed(uri, FailureKind.UNREADABLE, e.getMessage());
        }
    }

    /**
     * Decodes {@code raw} according to {@code encoding} (null or "identity" for none), paying for the
     * inflated bytes from {@code budget}; an inflated body stays paid for in {@code hold}.
     *
     * @throws BodyTooLargeException if the decoded body is over {@code limit}, or over what the budget has left
     * @throws UnreadableBodyException if the encoding is unsupported or the data corrupt
     */
    static byte[] decode(byte[] raw, @Nullable String encoding, long limit, BodyBudget budget, BodyBudget.Hold hold)
            throws IOException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        switch (e) {
            case "", "identity":
                return raw;
            case "gzip", "x-gzip":
                return gunzip(raw, limit, budget, hold);
            default:
                throw new UnreadableBodyException(
                        "the server sent an unsupported content encoding: " + Failures.excerpt(e, 40));
        }
    }

    private static byte[] gunzip(byte[] raw, long limit, BodyBudget budget, BodyBudget.Hold hold) throws IOException {
        if (raw.length == 0) {
            return raw;
        }
        BudgetedBuffer out = new BudgetedBuffer(limit, budget);
        byte[] chunk = new byte[8192];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            for (int n; (n = in.read(chunk)) != -1; ) {
                out.append(chunk, n);
            }
            return out.finish(hold);
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableBodyException("the server sent a corrupt gzip body");
        } finally {
            out.release();
        }
    }
}
