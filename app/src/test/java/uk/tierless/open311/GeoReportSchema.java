package uk.tierless.open311;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;

/**
 * The XSD written from the GeoReport v2 specification (src/test/resources/open311/georeport-v2.xsd): every XML answer
 * of the Open311 endpoints is checked against it.
 */
public final class GeoReportSchema {

    private static final Schema SCHEMA = load();

    private GeoReportSchema() {
    }

    /** The XML as given, after failing the test if it is not valid GeoReport v2. */
    public static String valid(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
            return xml;
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not valid GeoReport v2 XML (" + e.getMessage() + "):\n" + xml, e);
        }
    }

    private static Schema load() {
        URL xsd = GeoReportSchema.class.getResource("/open311/georeport-v2.xsd");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The GeoReport v2 schema does not load", e);
        }
    }
}
