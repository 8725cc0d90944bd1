package uk.tierless.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.platform.Money;
import uk.tierless.platform.PageAbout;
import uk.tierless.requests.BookedRequests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A learner's place, from their tracking link ({@code /track/{token}/class} sends them here): it shows the place, and
 * lets them accept a place offered to them or cancel (after a confirmation page). The pages have fixed paths, the
 * tracking token a parameter, because CSRF tokens are made only for the fixed paths of
 * {@code quarkus.rest-csrf.create-token-path}, and every form needs one.
 */
@Path("/track/class")
@Produces(MediaType.TEXT_HTML)
public class LearnerPages {

    static String href(String token) {
        return "/track/class?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance place(String token, String reference, ClassView taught, String when, String fee,
                                             Registration registration, String state, String toPay, String done);

        static native TemplateInstance cancel(String token, String reference, ClassView taught, String when);
    }

    @Inject
    BookedRequests bookedRequests;

    @Inject
    Classes classes;

    @Inject
    Learners learners;

    @Inject
    PageAbout pageAbout;

    private record Held(BookedRequests.BookedRequest request, Registration registration, ClassView taught) {
    }

    @GET
    public TemplateInstance place(@QueryParam("token") String token, @QueryParam("done") String done) {
        Held held = held(token);
        ClassView taught = held.taught();
        String fee = taught.fee() == null ? "Free" : Money.format(taught.fee())
                + (taught.concessionFee() == null ? "" : " (" + Money.format(taught.concessionFee()) + " with a concession)");
        return Templates.place(token, held.request().reference(), taught, ClassWords.when(taught), fee, held.registration(),
                ClassWords.state(held.registration()), held.registration().toPay() == null ? null
                        : Money.format(held.registration().toPay()), "accepted".equals(done) || "cancelled".equals(done) ? done : null);
    }

    @GET
    @Path("/cancel")
    public TemplateInstance confirmCancel(@QueryParam("token") String token) {
        Held held = held(token);
        return Templates.cancel(token, held.request().reference(), held.taught(), ClassWords.when(held.taught()));
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@FormParam("token") String token) {
        BookedRequests.BookedRequest request = held(token).request();
        learners.cancel(request.council(), request.requestId());
        return done(token, "cancelled");
    }

    @POST
    @Path("/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@FormParam("token") String token) {
        return learners.accept(held(token).request()).map(payAt -> Response.seeOther(payAt).build())
                .orElseGet(() -> done(token, "accepted"));
    }

    /** The learner's page again, saying what they did. */
    private static Response done(String token, String done) {
        return Response.seeOther(URI.create(href(token) + "&done=" + done)).build();
    }

    private Held held(String token) {
        BookedRequests.BookedRequest request = bookedRequests.byToken(token)
                .orElseThrow(() -> ApiException.notFound("This tracking link does not open a request."));
        pageAbout.council(request.council());
        Registration registration = classes.of(request.council(), request.requestId())
                .orElseThrow(() -> ApiException.notFound("This request holds no place in a class."));
        ClassView taught = classes.find(request.council(), registration.classId()).orElseThrow();
        return new Held(request, registration, taught);
    }
}
