package org.statustray.source.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One element of a parsed XML document: its local name, namespace, attributes (by local name), the text
 * directly inside it and its child elements. Look-ups go by local name, so {@code a10:updated} answers to
 * {@code updated}.
 */
final class XmlElement {
    private final String namespace;
    private final String name;
    private @Nullable Map<String, String> attributes; // created with the first attribute
    private List<XmlElement> children = List.of(); // a list of its own with the first child: most have none
    private String text = ""; // joined only when asked for, as most elements have one piece or none
    private @Nullable StringBuilder pieces;
    // text and elements in document order, kept only once an element has both (most have one kind or none)
    private @Nullable List<Object> content;

    XmlElement(@Nullable String namespace, String name) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
    }

    void addAttribute(String localName, String value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.putIfAbsent(localName, value);
    }

    void addChild(XmlElement child) {
        if (content == null && hasText()) {
            content = new ArrayList<>();
            content.add(text()); // all the text so far came before this first child
        }
        if (children.isEmpty()) {
            children = new ArrayList<>();
        }
        children.add(child);
        if (content != null) {
            content.add(child);
        }
    }

    void appendText(String s) {
        if (content == null && !children.isEmpty()) {
            content = new ArrayList<>(children); // all the children so far came before this first text
        }
        if (content != null) {
            content.add(s);
        }
        if (pieces != null) {
            pieces.append(s);
        } else if (text.isEmpty()) {
            text = s;
        } else {
            pieces = new StringBuilder(text).append(s);
        }
    }

    private boolean hasText() {
        return pieces != null || !text.isEmpty();
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    /** The attribute's value, or null. */
    @Nullable String attribute(String localName) {
        return attributes == null ? null : attributes.get(localName);
    }

    /** The text directly inside this element (CDATA included), untrimmed. */
    String text() {
        if (pieces != null) {
            text = pieces.toString();
            pieces = null;
        }
        return text;
    }

    /** This element's text and all its descendants' text, in document order. */
    String allText() {
        if (content == null) {
            if (children.isEmpty()) {
                return text();
            }
            content = new ArrayList<>(children); // no text of its own: its children's, in order
        }
        StringBuilder out = new StringBuilder();
        for (Object part : content) {
            out.append(part instanceof XmlElement ? ((XmlElement) part).allText() : part);
        }
        return out.toString();
    }

    List<XmlElement> children(String localName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child with this local name, or null. */
    @Nullable XmlElement child(String localName) {
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                return c;
            }
        }
        return null;
    }

    /** The trimmed text of the first child with this local name that has some; null when none has. */
    @Nullable String childText(String localName) {
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                String t = c.text();
                if (!t.isBlank()) {
                    return t.trim();
                }
            }
        }
        return null;
    }
}
