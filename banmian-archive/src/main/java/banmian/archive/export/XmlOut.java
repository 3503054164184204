package banmian.archive.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * UTF-8 XML written through the JDK's StAX writer, which escapes every value, indented two spaces a
 * level so that a person can read the file (StAX itself writes one long line). Text that XML 1.0
 * cannot hold (control characters a PDF's text layer may carry, lone surrogates) becomes U+FFFD, so
 * the document always parses.
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    /** For each open element, whether it has element children yet (its end tag then goes on a line of its own). */
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    private XmlOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Starts a document on {@code out}, which the caller closes. */
    static XmlOut start(OutputStream out) throws XMLStreamException {
        XmlOut document = new XmlOut(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
        document.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        return document;
    }

    /** Binds {@code prefix} ("" for the default namespace) to {@code namespace} for what is written after it. */
    void prefix(String prefix, String namespace) throws XMLStreamException {
        if (prefix.isEmpty()) {
            xml.setDefaultNamespace(namespace);
        } else {
            xml.setPrefix(prefix, namespace);
        }
    }

    /** Declares a namespace ("" for the default one) on the element just started. */
    void declare(String prefix, String namespace) throws XMLStreamException {
        if (prefix.isEmpty()) {
            xml.writeDefaultNamespace(namespace);
        } else {
            xml.writeNamespace(prefix, namespace);
        }
    }

    void start(String namespace, String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(namespace, name);
        hasChildren.push(false);
    }

    /** An element without content; its attributes follow. */
    void empty(String namespace, String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(namespace, name);
    }

    /** An element holding only {@code text}. */
    void textElement(String namespace, String name, String text) throws XMLStreamException {
        start(namespace, name);
        text(text);
        end();
    }

    /** An attribute of the element just started; none when {@code value} is null. */
    void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value));
        }
    }

    void attribute(String namespace, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(namespace, name, clean(value));
        }
    }

    void text(String text) throws XMLStreamException {
        xml.writeCharacters(clean(text));
    }

    void end() throws XMLStreamException {
        if (hasChildren.pop()) {
            xml.writeCharacters("\n" + INDENT.repeat(hasChildren.size()));
        }
        xml.writeEndElement();
    }

    /** Ends the document and flushes it to the stream. */
    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        xml.writeCharacters("\n" + INDENT.repeat(hasChildren.size()));
    }

    /** {@code text} with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!allowed(c)) {
                if (cleaned == null) {
                    cleaned = new StringBuilder(text.length()).append(text, 0, i);
                }
                cleaned.append('\uFFFD');
            } else if (cleaned != null) {
                cleaned.appendCodePoint(c);
            }
            i = next;
        }
        return cleaned == null ? text : cleaned.toString();
    }

    /** XML 1.0's Char production; a lone surrogate comes through {@code codePointAt} as itself and is refused. */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
