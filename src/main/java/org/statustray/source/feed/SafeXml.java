package org.statustray.source.feed;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.statustray.source.UnreadableException;

/**
 * Parses a payload as XML without ever reading a DTD or an external entity: a document that declares a
 * DOCTYPE is refused outright, so neither XXE nor entity-expansion ("billion laughs") payloads get
 * further than their prolog. Anything that is not well-formed XML becomes an {@link UnreadableException}.
 */
final class SafeXml {
    static final String DTD_REFUSED = "the feed declares a DTD, which is not read for safety";
    private static final int MAX_DEPTH = 64;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
    private static final Pattern HTML_DOCTYPE = Pattern.compile("(?is)<!DOCTYPE\\s+html\\b.*");

    private SafeXml() {
    }

    /** The document's root element. */
    static XmlElement parse(byte[] body) throws UnreadableException {
        if (XmlBytes.readableAsIs(body)) {
            // the parser decodes faster than a String and a Reader; on any error the text path below words it
            XMLStreamReader reader = null;
            try {
                reader = factory().createXMLStreamReader(new ByteArrayInputStream(body));
                return tree(reader);
            } catch (XMLStreamException e) {
                // read again below
            } finally {
                close(reader);
            }
        }
        String text = decode(body).strip();
        if (text.isEmpty()) {
            throw new UnreadableException("the response is empty");
        }
        if (text.charAt(0) == '{' || text.charAt(0) == '[') {
            throw new UnreadableException("the server sent JSON, not an XML feed");
        }
        if (text.charAt(0) != '<') {
            throw new UnreadableException("the response is not XML");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(text));
            return tree(reader);
        } catch (XMLStreamException e) {
            throw new UnreadableException("the response is not well-formed XML: " + problem(e));
        } finally {
            close(reader);
        }
    }

    /** A fresh JDK StAX factory with DTDs, external entities and external access all switched off. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read");
        });
        return f;
    }

    private static XmlElement tree(XMLStreamReader r) throws XMLStreamException, UnreadableException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.DTD:
                    throw new UnreadableException(HTML_DOCTYPE.matcher(r.getText()).matches()
                            ? "the server sent an HTML page, not a feed" : DTD_REFUSED);
                case XMLStreamConstants.START_ELEMENT:
                    if (open.size() >= MAX_DEPTH) {
                        throw new UnreadableException("the XML is nested too deeply to be a feed");
                    }
                    XmlElement e = new XmlElement(r.getNamespaceURI(), r.getLocalName());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        e.addAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    if (open.isEmpty()) {
                        root = e;
                    } else {
                        open.peek().addChild(e);
                    }
                    open.push(e);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    open.pop();
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!open.isEmpty()) {
                        open.peek().appendText(r.getText());
                    }
                    break;
                default:
                    break;
            }
        }
        if (root == null) {
            throw new UnreadableException("the response is not XML: it has no root element");
        }
        return root;
    }

    /** The parser's complaint without its "ParseError at" prefix, with the line and column. */
    private static String problem(XMLStreamException e) {
        String m = e.getMessage() == null ? "unexpected content" : e.getMessage();
        int cut = m.indexOf("Message:");
        m = cut >= 0 ? m.substring(cut + "Message:".length()).trim() : m;
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
        return m + where;
    }

    /**
     * The body as text, by its byte-order mark, else its XML declaration, else UTF-8. Decoding here rather
     * than in the parser keeps the JDK parser from printing "[Fatal Error]" lines to stderr on bad bytes;
     * a malformed byte becomes U+FFFD, as one odd character must not make a whole feed unreadable.
     */
    private static String decode(byte[] body) throws UnreadableException {
        int skip = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            skip = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            skip = 2;
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declaredCharset(body);
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("the response could not be decoded as " + charset.name());
        }
    }

    private static Charset declaredCharset(byte[] body) throws UnreadableException {
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (!m.lookingAt()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        if (name.equalsIgnoreCase("UTF-16")) {
            return StandardCharsets.UTF_16BE; // UTF-16 without a byte-order mark is big-endian
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("the feed declares an encoding Java does not know: " + name);
        }
    }

    private static void close(@Nullable XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open but the in-memory stream
            }
        }
    }
}
