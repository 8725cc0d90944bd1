package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Question;
import uk.tierless.gazetteer.PlaceQuery;
import uk.tierless.platform.Secrets;
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.Channels;
import uk.tierless.requests.Requests;
import uk.tierless.tenancy.CouncilDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code POST /open311/v2/requests.xml|json}: a client with a key files a request. The fields are read by
 * {@link PostedRequest}; the request is made by {@code Requests.submit}, with the portal's checks, on channel
 * {@code open311} with the key's client name; a client's identical post on the same day is the same request.
 * The sandbox ({@code /open311/test/v2}) takes the same post through the same steps and checks
 * ({@code Requests.check}) but stops before filing: it answers an id that names no request, and writes nothing.
 */
@Path("/open311")
public class PostRequestResource {

    /** How every sandbox {@code service_request_id} starts: no council's reference does. */
    static final String SANDBOX_ID = "TEST-";
    static final String SANDBOX_NOTICE = "Sandbox: checked and not filed; nothing will happen.";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    Open311Keys keys;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Requests requests;

    @Inject
    CouncilDirectory councils;

    @Inject
    Clock clock;

    @POST
    @Path("{endpoint: " + Endpoint.PATHS + "}/requests.{format: " + Open311Format.SUFFIXES + "}")
    @Consumes(Open311Forms.TYPE)
    public Response post(@PathParam("endpoint") String endpoint, @PathParam("format") String format, String body,
                         @HeaderParam("User-Agent") String userAgent) {
        PostedRequest posted = new PostedRequest(Open311Forms.parse(body));
        Open311Keys.Holder holder = keys.holder(posted.field("api_key")).orElseThrow(() -> ApiException.forbidden(
                "api_key is missing, not valid or revoked: ask the council's administrators for a key."));
        Jurisdiction jurisdiction = jurisdictions.resolve(posted.field(Jurisdictions.PARAMETER));
        if (!holder.mayUse(jurisdiction)) {
            throw ApiException.forbidden("This api_key is not for " + jurisdiction.name() + ".");
        }
        String service = posted.required("service_code", "the code of one of the jurisdiction's services");
        PlaceQuery where = posted.place();
        Requests.Offer offer = jurisdictions.offer(jurisdiction, service, where);
        if (!holder.mayFileInto(offer.council())) {
            throw ApiException.forbidden("This api_key does not file requests for " + offer.council().name() + ".");
        }
        List<Question> questions = offer.form().questions();
        Requests.Submission submission = new Requests.Submission(service, where, null, posted.answers(questions),
                posted.field("email"), posted.field("phone"), null, Channels.OPEN311,
                posted.idempotencyKey(holder.client() + "\n" + holder.owner(), LocalDate.now(clock.withZone(LONDON))),
                UsageCounter.deviceClass(userAgent), holder.client(), Map.of());
        try {
            if (Endpoint.of(endpoint) == Endpoint.TEST) {
                requests.check(submission, offer);
                return answer(201, sandboxId(offer, submission.idempotencyKey()), SANDBOX_NOTICE, posted, offer, format);
            }
            Requests.Submitted submitted = requests.submit(submission, offer);
            return answer(submitted.created() ? 201 : 200, submitted.reference(), "", posted, offer, format);
        } catch (ApiException e) {
            throw named(e, posted, questions);
        }
    }

    private static Response answer(int status, String id, String notice, PostedRequest posted, Requests.Offer offer,
                                   String format) {
        Open311Document answer = Open311Document.list("service_requests", "request", List.of(Open311Document.fields()
                .put("service_request_id", id)
                .put("service_notice", notice)
                .put("account_id", posted.field("account_id"))
                .put("agency_responsible", offer.council().name())));
        return Open311Answers.answer(status, answer, Open311Format.of(format));
    }

    /**
     * The sandbox's id for a post: the responsible council's prefix and a hash of the post's idempotency key, so a
     * repeat answers the same id, and no real reference (no counter is moved). It never names a request.
     */
    private String sandboxId(Requests.Offer offer, String idempotencyKey) {
        return SANDBOX_ID + councils.referencePrefix(offer.council().slug()).orElseThrow() + "-"
                + Secrets.sha256(idempotencyKey).substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A refusal of the answers, its description naming the Open311 field behind each problem. */
    private static ApiException named(ApiException refusal, PostedRequest posted, List<Question> questions) {
        List<ApiError.FieldError> details = refusal.toError().details();
        if (details == null || details.isEmpty()) {
            return refusal;
        }
        Map<String, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        String description = details.stream().map(error -> {
            Question question = byId.get(error.field());
            return (question == null ? error.field() : posted.fieldOf(question)) + ": " + error.message();
        }).collect(Collectors.joining("; "));
        return ApiException.invalid(description, details);
    }
}
