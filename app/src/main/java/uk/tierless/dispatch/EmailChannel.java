package uk.tierless.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.catalogue.Dispatch;
import uk.tierless.notifications.MailTransport;
import uk.tierless.notifications.MailSender;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.requests.WorkQueue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A request emailed to the service's inbox through the mail transport residents' emails use, with what a person
 * needs to act on it: the reference, service, where, the answers as the staff page shows them, the contact details,
 * and the request's staff page (where its photos are: Tierless has no links to photos that work without signing in).
 */
@ApplicationScoped
class EmailChannel implements Channel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Inject
    WorkQueue workQueue;

    @Inject
    MailTransport transport;

    @Inject
    TierlessConfig config;

    @Override
    public String method() {
        return Dispatch.EMAIL;
    }

    @Override
    public String target(Dispatch setting) {
        return setting.email().to();
    }

    @Override
    public Answer send(Outgoing outgoing) throws Exception {
        WorkQueue.Detail request = workQueue.detailForCouncil(outgoing.council(), outgoing.reference())
                .orElseThrow(() -> new Undeliverable("The request " + outgoing.reference() + " is no longer there"));
        String subject = request.reference() + ": " + request.serviceName();
        transport.email().send(new MailSender.Message(outgoing.council(), request.council().name(), transport.fromAddress(),
                outgoing.setting().email().to(), subject, body(request), outgoing.id() + "." + request.reference()
                + "@tierless", "dispatch", "email", Map.of("reference", request.reference(), "subject", subject), null));
        return new Answer(null, "Sent to " + outgoing.setting().email().to(), null);
    }

    private String body(WorkQueue.Detail request) {
        StringBuilder body = new StringBuilder();
        body.append("A request for ").append(request.council().name()).append(".\n\n")
                .append("Reference: ").append(request.reference()).append('\n')
                .append("Service: ").append(request.serviceName()).append('\n')
                .append("Received: ").append(WHEN.format(request.submittedAt())).append('\n');
        if (request.address() != null) {
            body.append("Address: ").append(request.address()).append('\n');
        }
        if (request.postcode() != null) {
            body.append("Postcode: ").append(request.postcode()).append('\n');
        }
        if (request.point() != null) {
            body.append("Map point: ").append(request.point().lat()).append(", ").append(request.point().lon()).append('\n');
        }
        body.append("\nAnswers\n");
        for (WorkQueue.Answer answer : request.answers()) {
            body.append("- ").append(answer.label()).append(": ")
                    .append("photo".equals(answer.type()) ? "a photo, on the request's page" : answer.text()).append('\n');
        }
        body.append("\nContact\n")
                .append("- Email: ").append(request.email() == null ? "not given" : request.email()).append('\n')
                .append("- Phone: ").append(request.phone() == null ? "not given" : request.phone()).append('\n');
        body.append("\nThe request, with its photos, for the council's staff (sign in):\n")
                .append(config.publicUrl().replaceAll("/+$", "")).append("/staff/request?ref=")
                .append(URLEncoder.encode(request.reference(), StandardCharsets.UTF_8)).append('\n');
        return body.toString();
    }
}
