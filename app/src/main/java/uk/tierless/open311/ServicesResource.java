package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import uk.tierless.catalogue.ServiceGroups;

import java.util.ArrayList;
import java.util.List;

/**
 * GET Service List ({@code services.{format}}) and GET Service Definition ({@code services/{code}.{format}}) on both
 * endpoints: the sandbox answers as production does, so a client can be tried against real definitions. No key.
 */
@Path("/open311")
public class ServicesResource {

    /** Every service here is answered as it is made: the standard's {@code realtime}. */
    static final String REALTIME = "realtime";

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Open311Services services;

    @GET
    @Path("{endpoint: " + Endpoint.PATHS + "}/services.{format: " + Open311Format.SUFFIXES + "}")
    public Response list(@PathParam("format") String format, @QueryParam(Jurisdictions.PARAMETER) String jurisdictionId) {
        Jurisdiction jurisdiction = jurisdictions.resolve(jurisdictionId);
        List<Open311Document.Fields> list = services.services(jurisdiction).stream().map(service -> Open311Document.fields()
                .put("service_code", service.type().code())
                .put("service_name", service.type().name())
                .put("description", service.description())
                .put("metadata", !service.attributes().isEmpty())
                .put("type", REALTIME)
                .put("keywords", String.join(",", service.keywords()))
                .put("group", ServiceGroups.title(service.type().group()))).toList();
        return Open311Answers.answer(Open311Document.list("services", "service", list), format);
    }

    @GET
    @Path("{endpoint: " + Endpoint.PATHS + "}/services/{code: [^/.]+}.{format: " + Open311Format.SUFFIXES + "}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam(Jurisdictions.PARAMETER) String jurisdictionId) {
        Open311Services.Service service = services.definition(jurisdictions.resolve(jurisdictionId), code);
        List<Attribute> attributes = service.attributes();
        List<Open311Document.Fields> listed = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            listed.add(attribute(attributes.get(i), i + 1));
        }
        return Open311Answers.answer(Open311Document.object("service_definition", Open311Document.fields()
                .put("service_code", code)
                // FixMyStreet's extension: the words about the service that it shows with the questions.
                .put("description", service.description())
                .put("attributes", new Open311Document.Items("attribute", listed))), format);
    }

    private static Open311Document.Fields attribute(Attribute attribute, int order) {
        Open311Document.Fields fields = Open311Document.fields()
                .put("variable", true)
                .put("code", attribute.code())
                .put("datatype", attribute.datatype())
                .put("required", attribute.required())
                .put("datatype_description", attribute.datatypeDescription())
                .put("order", order)
                .put("description", attribute.description());
        if (attribute.isList()) {
            fields.put("values", new Open311Document.Items("value", attribute.values().stream()
                    .map(value -> Open311Document.fields().put("key", value.value()).put("name", value.label())).toList()));
        }
        return fields;
    }
}
