package uk.tierless.open311client;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A back office's XML answer read as GeoReport v2 writes it: a root whose children are items (each
 * {@code <request>}, {@code <request_update>}, {@code <error>}) of simple fields. No DTDs or external entities: the
 * answer comes from outside.
 */
final class Open311Xml {

    private Open311Xml() {
    }

    /** Each item under the root as its fields by name (an empty element is an empty string), or empty if not XML. */
    static Optional<List<Map<String, String>>> items(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            List<Map<String, String>> items = new ArrayList<>();
            for (Element item : children(document.getDocumentElement())) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element field : children(item)) {
                    fields.putIfAbsent(field.getTagName(), field.getTextContent().strip());
                }
                items.add(fields);
            }
            return Optional.of(items);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
