package org.statustray.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** The hostile bodies, built from the page a site really serves where the fault is about that page. */
final class FaultBodies {
    static final String CAPTIVE_PORTAL = "<!DOCTYPE html><html><head><title>Hotel Wi-Fi: please sign in</title>"
            + "<meta http-equiv=\"refresh\" content=\"0;url=http://portal.example/login\"></head>"
            + "<body><form action=\"/login\"><input name=\"room\"><button>Connect</button></form></body></html>";
    static final String ERROR_PAGE = "<html><body><h1>Something went wrong</h1></body></html>";
    static final int DEPTH = 100_000;
    static final byte[] GZIP_BOMB = gzipOfZeros(256 << 20); // built once, before any test: a second of CPU
    static final byte[] DEEP_JSON = ("[".repeat(DEPTH) + "]".repeat(DEPTH)).getBytes(StandardCharsets.US_ASCII);
    static final byte[] DEEP_XML = ("<a>".repeat(DEPTH) + "</a>".repeat(DEPTH)).getBytes(StandardCharsets.US_ASCII);
    static final byte[] DTD = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ELEMENT rss ANY>]><rss version=\"2.0\"><channel>"
            + "<title>Status</title></channel></rss>").getBytes(StandardCharsets.US_ASCII);
    static final byte[] XXE = ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY host SYSTEM \"file:///etc/hostname\">]>"
            + "<rss version=\"2.0\"><channel><title>&host;</title><item><title>&host;</title>"
            + "<description>&host;</description></item></channel></rss>").getBytes(StandardCharsets.US_ASCII);
    static final byte[] BILLION_LAUGHS = billionLaughs();

    private FaultBodies() {
    }

    static boolean isJson(byte[] page) {
        for (byte b : page) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    /** The page with a few bytes that are not UTF-8 inside a string or text, half-way through. */
    static byte[] invalidUtf8(byte[] page) {
        byte mark = isJson(page) ? (byte) '"' : (byte) '>';
        int at = page.length / 2;
        while (at < page.length - 1 && page[at] != mark) {
            at++;
        }
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF};
        byte[] out = new byte[page.length + bad.length];
        System.arraycopy(page, 0, out, 0, at + 1);
        System.arraycopy(bad, 0, out, at + 1, bad.length);
        System.arraycopy(page, at + 1, out, at + 1 + bad.length, page.length - at - 1);
        return out;
    }

    private static byte[] gzipOfZeros(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            byte[] zeros = new byte[1 << 16];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]><rss><channel><title>&lol9;</title></channel></rss>").toString()
                .getBytes(StandardCharsets.US_ASCII);
    }
}
