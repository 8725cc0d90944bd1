package uk.tierless.payments.sandbox;

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
import uk.tierless.payments.PaymentState;
import uk.tierless.payments.PaymentsConfig;
import uk.tierless.platform.Money;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sandbox's card page, at a payment's next URL: GOV.UK Frontend in the portal's layout, "Test payments: no
 * money moves" on every screen. Paid, declined, failed or cancelled, the browser goes to the payment's return URL as
 * GOV.UK Pay sends it. Only when the sandbox is on; otherwise every address here is a 404.
 */
@Path(SandboxCardPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class SandboxCardPages {

    static final String PATH = "/payments/sandbox";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance card(SandboxPayment payment, String council, String amount,
                                            SandboxCards.Card card, List<SandboxCards.Problem> problems,
                                            Map<String, String> errors);

        static native TemplateInstance gone();
    }

    @Inject
    SandboxProvider sandbox;

    @Inject
    PaymentsConfig config;

    @Inject
    Clock clock;

    @GET
    public Response page(@QueryParam("payment") String id, @QueryParam("c") String council) {
        return open(id, council).map(payment -> payment.state.finished()
                        ? Response.seeOther(URI.create(payment.returnUrl)).build()
                        : Response.ok(Templates.card(payment, council, Money.format(payment.amount),
                        new SandboxCards.Card(null, null, null, null, null), List.of(), Map.of())).build())
                .orElseGet(SandboxCardPages::gone);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@QueryParam("c") String council, MultivaluedMap<String, String> posted) {
        String id = posted.getFirst("payment");
        Optional<SandboxPayment> found = open(id, council);
        if (found.isEmpty()) {
            return gone();
        }
        SandboxPayment payment = found.get();
        if (payment.state.finished()) {
            return Response.seeOther(URI.create(payment.returnUrl)).build();
        }
        SandboxCards.Card card = new SandboxCards.Card(posted.getFirst("cardNumber"), posted.getFirst("expiryMonth"),
                posted.getFirst("expiryYear"), posted.getFirst("cvc"), posted.getFirst("cardholderName"));
        List<SandboxCards.Problem> problems = SandboxCards.check(card, YearMonth.now(clock.withZone(LONDON)));
        if (!problems.isEmpty()) {
            return Response.status(400).entity(Templates.card(payment, council, Money.format(payment.amount), card, problems,
                    problems.stream().collect(Collectors.toMap(SandboxCards.Problem::field, SandboxCards.Problem::message)))).build();
        }
        SandboxCards.Outcome outcome = SandboxCards.outcome(card);
        return backTo(sandbox.finish(council, id, outcome.state(), outcome.code()));
    }

    /** The Cancel link: the resident gives up, which Pay records as failed with P0030. */
    @GET
    @Path("cancel")
    public Response cancel(@QueryParam("payment") String id, @QueryParam("c") String council) {
        if (open(id, council).isEmpty()) {
            return gone();
        }
        return backTo(sandbox.finish(council, id, PaymentState.FAILED, SandboxProvider.CANCELLED_BY_RESIDENT));
    }

    private Optional<SandboxPayment> open(String id, String council) {
        if (!config.sandbox() || id == null || id.isBlank() || council == null || !council.matches("[a-z0-9-]{1,60}")) {
            return Optional.empty();
        }
        return sandbox.open(council, id);
    }

    private static Response backTo(Optional<String> returnUrl) {
        return returnUrl.map(url -> Response.seeOther(URI.create(url)).build()).orElseGet(SandboxCardPages::gone);
    }

    private static Response gone() {
        return Response.status(404).entity(Templates.gone()).build();
    }
}
