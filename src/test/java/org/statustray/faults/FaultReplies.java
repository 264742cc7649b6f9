package org.statustray.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.statustray.testing.WrongTypes;

/** What a {@link FaultSite} does with one request while a {@link Fault} is on. */
final class FaultReplies {
    private static final byte[] ERROR = FaultBodies.ERROR_PAGE.getBytes(StandardCharsets.US_ASCII);
    private static final long HUGE = 50L << 20;

    private final FaultSite site;
    private final Socket client;
    private final OutputStream out;
    private final byte[] page;

    FaultReplies(FaultSite site, Socket client, OutputStream out, byte[] page) {
        this.site = site;
        this.client = client;
        this.out = out;
        this.page = page;
    }

    void reply(Fault f) throws IOException {
        switch (f) {
            case REFUSED, UNRESOLVABLE -> { } // never gets here: nothing connects
            case NO_ANSWER -> {
                while (site.holdWhile(f, 60_000)) {
                    // hold the connection open and say nothing
                }
            }
            case SLOW_DRIP -> slowDrip(f);
            case RESET_MID_BODY -> {
                head(200, "application/json", page.length);
                out.write(page, 0, page.length / 2);
                out.flush();
                client.setSoLinger(true, 0); // close with RST
            }
            case HTTP_500 -> FaultSite.reply(out, 500, "text/html", ERROR);
            case HTTP_502 -> FaultSite.reply(out, 502, "text/html", ERROR);
            case HTTP_503 -> FaultSite.reply(out, 503, "text/html", ERROR);
            case TOO_MANY_REQUESTS -> FaultSite.reply(out, 429, "text/html", ERROR, "Retry-After: 3");
            case REDIRECT_LOOP -> FaultSite.reply(out, 302, "text/html", new byte[0], "Location: " + site.path);
            case REDIRECT_TO_FILE -> FaultSite.reply(out, 302, "text/html", new byte[0], "Location: file:///etc/hostname");
            case CAPTIVE_PORTAL -> FaultSite.reply(out, 200, "text/html; charset=utf-8",
                    FaultBodies.CAPTIVE_PORTAL.getBytes(StandardCharsets.UTF_8));
            case TRUNCATED -> {
                head(200, "application/json", page.length);
                out.write(page, 0, page.length / 2);
                out.flush();
                client.shutdownOutput();
            }
            case WRONG_JSON_TYPES -> FaultSite.reply(out, 200, "application/json",
                    WrongTypes.of(FaultBodies.isJson(page) ? page : "{\"items\": [{\"title\": \"x\"}]}".getBytes(StandardCharsets.US_ASCII)));
            case INVALID_UTF8 -> FaultSite.reply(out, 200, "application/json", FaultBodies.invalidUtf8(page));
            case HUGE_BODY -> huge();
            case GZIP_BOMB -> FaultSite.reply(out, 200, "application/json", FaultBodies.GZIP_BOMB, "Content-Encoding: gzip");
            case DEEP_NESTING -> FaultSite.reply(out, 200, "application/json",
                    FaultBodies.isJson(page) ? FaultBodies.DEEP_JSON : FaultBodies.DEEP_XML);
            case XML_DTD -> FaultSite.reply(out, 200, "application/rss+xml", FaultBodies.DTD);
            case XXE -> FaultSite.reply(out, 200, "application/rss+xml", FaultBodies.XXE);
            case BILLION_LAUGHS -> FaultSite.reply(out, 200, "application/rss+xml", FaultBodies.BILLION_LAUGHS);
            default -> throw new IllegalStateException("no reply for " + f);
        }
    }

    private void slowDrip(Fault f) throws IOException {
        head(200, "application/json", page.length);
        for (int i = 0; i < page.length && site.holdWhile(f, 1000); i++) {
            out.write(page[i]);
            out.flush();
        }
    }

    /** 50 MB of a JSON array, chunked so that no length warns the client; stops when the client hangs up. */
    private void huge() throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) '0');
        for (int i = 1; i < chunk.length; i += 2) {
            chunk[i] = ',';
        }
        chunk[0] = '[';
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        for (long sent = 0; sent < HUGE; sent += chunk.length) {
            out.write(size);
            out.write(chunk);
            out.write('\r');
            out.write('\n');
            chunk[0] = '0';
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void head(int status, String type, int length) throws IOException {
        out.write(("HTTP/1.1 " + status + " " + FaultSite.reason(status) + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
}
