package uk.tierless.payments;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;


/** A payment by its unguessable id (public), and its refunds (the council's administrators and finance staff). */
@Path("/api/v1/payments/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    Payments payments;

    @Inject
    Refunds refunds;

    @Inject
    Reach reach;

    /** What anyone holding the id may see: no one's details. */
    public record PaymentSummary(String id, String reference, long amount, PaymentState state) {
    }

    /** A refund asked for: pence, and why. */
    public record RefundRequest(Long amount, String reason) {
    }

    @GET
    public PaymentSummary get(@PathParam("id") String id) {
        PaymentView payment = payments.find(id).orElseThrow(() -> ApiException.notFound("There is no payment " + id + "."));
        return new PaymentSummary(payment.id(), payment.reference(), payment.amount(), payment.state());
    }

    @POST
    @Path("/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@PathParam("id") String id, RefundRequest body) {
        String council = payments.councilOf(id).orElseThrow(() -> ApiException.notFound("There is no payment " + id + "."));
        Staff staff = reach.financeOf(council);
        return Response.status(Response.Status.CREATED)
                .entity(refunds.refund(council, id, body == null ? null : body.amount(), body == null ? null : body.reason(),
                        staff)).build();
    }
}
