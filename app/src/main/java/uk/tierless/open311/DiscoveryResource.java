package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import uk.tierless.platform.TierlessConfig;

import java.util.List;

/**
 * {@code GET /open311/discovery.xml|json}: what a client needs to find the endpoints. Two endpoints, the production
 * one and the sandbox, each in both formats; their URLs have no trailing slash, because clients append
 * {@code /services.xml}.
 */
@Path("/open311")
public class DiscoveryResource {

    /** When the endpoint list last changed: a client that cached the document compares it. */
    static final String CHANGESET = "2026-12-01T00:00:00Z";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String KEY_SERVICE = "A council's key is issued by its tenant administrators in Tierless; a key for a"
            + " whole partnership by a platform administrator. Reading services and requests needs no key.";

    @Inject
    TierlessConfig config;

    @GET
    @Path("discovery.{format: " + Open311Format.SUFFIXES + "}")
    public Response discovery(@PathParam("format") String format) {
        String base = config.publicUrl().replaceAll("/+$", "");
        Open311Document discovery = Open311Document.object("discovery", Open311Document.fields()
                .put("changeset", CHANGESET)
                .put("contact", config.open311().contact())
                .put("key_service", KEY_SERVICE)
                .put("endpoints", new Open311Document.Items("endpoint", List.of(
                        endpoint(base + Endpoint.PRODUCTION.path(), "production"),
                        endpoint(base + Endpoint.TEST.path(), "test")))));
        return Open311Answers.answer(discovery, format);
    }

    private static Open311Document.Fields endpoint(String url, String type) {
        return Open311Document.fields()
                .put("specification", SPECIFICATION)
                .put("url", url)
                .put("changeset", CHANGESET)
                .put("type", type)
                .put("formats", new Open311Document.Items("format", List.of(Open311Format.XML.contentType(),
                        Open311Format.JSON.contentType())));
    }
}
