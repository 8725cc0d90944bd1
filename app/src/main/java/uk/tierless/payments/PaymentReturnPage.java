package uk.tierless.payments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import uk.tierless.platform.LogSafe;

import java.net.URI;

/**
 * Where the provider sends the resident's browser back: the payment's state is read now and settled if finished,
 * then the browser goes on to the page of the feature that asked for it (its continuePath, with {@code payment=<id>}
 * added), which shows the outcome. If the provider cannot be read just now the browser goes on all the same: the
 * settle job finishes the payment.
 */
@Path("/payments/{id}/return")
public class PaymentReturnPage {

    private static final Logger LOG = Logger.getLogger(PaymentReturnPage.class);

    @Inject
    Payments payments;

    @Inject
    PaymentSettlement settlement;

    @GET
    public Response back(@PathParam("id") String id) {
        String council = payments.councilOf(id).orElseThrow(NotFoundException::new);
        try {
            settlement.refresh(council, id);
        } catch (RuntimeException e) {
            LOG.warnf(LogSafe.withoutMessages(e), "Payment %s of %s could not be settled on return; the settle job will", id, council);
        }
        String path = payments.continuePath(council, id);
        return Response.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "payment=" + id)).build();
    }
}
