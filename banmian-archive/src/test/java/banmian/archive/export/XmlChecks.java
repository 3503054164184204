package banmian.archive.export;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The export tests' XML tools: ALTO 4.4 validation against the official schema kept beside the tests
 * (SCHEMAS.md), offline: the schema's one import, LoC's XLink schema, is answered from the local copy
 * and any other schema it reached for would fail the test; and namespace-aware parsing.
 */
final class XmlChecks {
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Schema ALTO = altoSchema();

    private XmlChecks() {
    }

    private static Schema altoSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if (!XLINK.equals(namespace)) {
                    return fail("the ALTO schema reached for " + systemId + " (" + namespace + "): only the XLink import is kept locally");
                }
                LSInput input = ls.createLSInput();
                input.setByteStream(resource("xlink.xsd").openStreamUnchecked());
                input.setSystemId(resource("xlink.xsd").url().toExternalForm());
                return input;
            });
            return factory.newSchema(resource("alto-4-4.xsd").url());
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("the ALTO schema does not load: " + e.getMessage(), e);
        }
    }

    private record Resource(URL url) {
        InputStream openStreamUnchecked() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Resource resource(String name) {
        URL url = XmlChecks.class.getResource(name);
        assertNotNull(url, name + " is kept beside the export tests");
        return new Resource(url);
    }

    /** Fails, naming the line and the problem, unless {@code alto} is valid ALTO 4.4. */
    static void assertValidAlto(byte[] alto) {
        try {
            ALTO.newValidator().validate(new StreamSource(new ByteArrayInputStream(alto)));
        } catch (SAXException e) {
            fail("not valid ALTO 4.4: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return fail("not well-formed XML: " + e.getMessage());
        }
    }

    static List<Element> elements(Document document, String namespace, String name) {
        return list(document.getElementsByTagNameNS(namespace, name));
    }

    /** The descendants of {@code element} of one name. */
    static List<Element> elements(Element element, String namespace, String name) {
        return list(element.getElementsByTagNameNS(namespace, name));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> elements = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** A position attribute in inch1200, back in points. */
    static double points(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute)) * 72 / 1200;
    }
}
