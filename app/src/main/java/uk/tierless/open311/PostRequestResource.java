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
import uk.tierless.reports.UsageCounter;
import uk.tierless.requests.Channels;
import uk.tierless.requests.Requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code POST /open311/v2/requests.xml|json}: a client with a key files a request. The fields are read by
 * {@link PostedRequest}; the request is made by {@code Requests.submit}, with the portal's checks, on channel
 * {@code open311} with the key's client name; a client's identical post on the same day is the same request.
 */
@Path("/open311")
public class PostRequestResource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    Open311Keys keys;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Requests requests;

    @Inject
    Clock clock;

    @POST
    @Path("v2/requests.{format: " + Open311Format.SUFFIXES + "}")
    @Consumes(Open311Forms.TYPE)
    public Response post(@PathParam("format") String format, String body, @HeaderParam("User-Agent") String userAgent) {
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
                UsageCounter.deviceClass(userAgent), holder.client());
        Requests.Submitted submitted;
        try {
            submitted = requests.submit(submission, offer);
        } catch (ApiException e) {
            throw named(e, posted, questions);
        }
        Open311Document answer = Open311Document.list("service_requests", "request", List.of(Open311Document.fields()
                .put("service_request_id", submitted.reference())
                .put("service_notice", "")
                .put("account_id", posted.field("account_id"))
                .put("agency_responsible", submitted.council().name())));
        return Open311Answers.answer(submitted.created() ? 201 : 200, answer, Open311Format.of(format));
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
