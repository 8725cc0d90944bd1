package uk.tierless.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import uk.tierless.api.MemoryFirst;

@Path("/api/v1/service-types")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTypeResource {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ObjectMapper json;

    /** The catalogue as JSON, written once: it changes only with the schema's migrations (ServiceCatalogue). */
    private volatile byte[] written;

    @GET
    @APIResponse(responseCode = "200", description = "Every service type, in the catalogue's order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceTypeView.class)))
    public Uni<byte[]> all() {
        byte[] body = written;
        return body != null ? Uni.createFrom().item(body) : MemoryFirst.answer(false, this::write);
    }

    private byte[] write() {
        try {
            byte[] body = json.writeValueAsBytes(catalogue.all());
            written = body;
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The service catalogue cannot be written as JSON", e);
        }
    }
}
