package uk.tierless.notifications;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The dead-letter page of a council's administrators: {@code /staff/outbox}. */
@Path("/staff/outbox")
@Produces(MediaType.TEXT_HTML)
public class DeadLetterPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(List<DeadLetters.DeadLetter> messages, boolean retried);
    }

    @Inject
    DeadLetters deadLetters;

    @GET
    public TemplateInstance list(@QueryParam("retried") String retried) {
        return Templates.deadLetters(deadLetters.list(), retried != null);
    }

    @POST
    @Path("/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(MultivaluedMap<String, String> posted) {
        deadLetters.retry(posted.getFirst("id"));
        return Response.seeOther(URI.create("/staff/outbox?retried=1")).build();
    }
}
