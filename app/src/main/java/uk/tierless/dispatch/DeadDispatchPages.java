package uk.tierless.dispatch;

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

/** The administrators' page of requests not sent on: {@code /staff/dispatches}, beside the dead letters. */
@Path("/staff/dispatches")
@Produces(MediaType.TEXT_HTML)
public class DeadDispatchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadDispatches(List<DeadDispatches.DeadDispatch> dispatches, boolean retried);
    }

    @Inject
    DeadDispatches deadDispatches;

    @GET
    public TemplateInstance list(@QueryParam("retried") String retried) {
        return Templates.deadDispatches(deadDispatches.list(), retried != null);
    }

    @POST
    @Path("/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(MultivaluedMap<String, String> posted) {
        deadDispatches.retry(posted.getFirst("id"));
        return Response.seeOther(URI.create("/staff/dispatches?retried=1")).build();
    }
}
