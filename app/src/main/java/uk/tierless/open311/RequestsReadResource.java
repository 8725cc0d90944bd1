package uk.tierless.open311;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.ratelimits.Limit;
import uk.tierless.ratelimits.RateLimiter;
import uk.tierless.requests.PublicRequests;
import uk.tierless.requests.PublicRequests.PublicRequest;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * GeoReport v2's reads of requests: {@code GET requests.{fmt}}, {@code requests/{id}.{fmt}} and
 * {@code tokens/{token}.{fmt}}. No key is needed, as the standard allows, so they answer only what
 * {@link PublicRequests} publishes: never a resident's contact details or answers, only public notes. A read changes
 * nothing, so the sandbox answers it exactly as production does (a sandbox {@code TEST-} id is found on neither).
 */
@Path("/open311")
public class RequestsReadResource {

    /** The standard's most requests in one answer. */
    static final int MOST = 1000;

    @Inject
    PublicRequests publicRequests;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    RateLimiter rateLimiter;

    @GET
    @Path("{endpoint: " + Endpoint.PATHS + "}/requests.{format: " + Open311Format.SUFFIXES + "}")
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
                             @QueryParam("service_request_id") String ids, @QueryParam("service_code") String service,
                             @QueryParam("start_date") String start, @QueryParam("end_date") String end,
                             @QueryParam("status") String status) {
        rateLimiter.admit(Limit.OPEN311_READS);
        if (ids != null && !ids.isBlank()) {
            // The standard: with service_request_id, the other parameters are ignored.
            List<String> references = Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
            if (references.size() > MOST) {
                throw DateWindow.refused("service_request_id", "service_request_id may list at most 1000 requests.");
            }
            return answer(publicRequests.byReferences(jurisdictions.councilsRead(jurisdiction, false), references), format);
        }
        List<String> read = jurisdictions.councilsRead(jurisdiction, true);
        String code = service == null || service.isBlank() ? null : catalogue.find(service.trim())
                .map(ServiceTypeView::code).orElseThrow(() -> ApiException.notFound("There is no service with the"
                        + " service_code given: GET services.xml lists them."));
        DateWindow window = DateWindow.of(start, end, clock.instant());
        return answer(publicRequests.search(read, new PublicRequests.Search(code, window.from(), window.to(),
                openOrClosed(status), MOST)), format);
    }

    @GET
    @Path("{endpoint: " + Endpoint.PATHS + "}/requests/{id}.{format: " + Open311Format.SUFFIXES + "}")
    public Response request(@PathParam("format") String format, @PathParam("id") String id,
                            @QueryParam("jurisdiction_id") String jurisdiction) {
        rateLimiter.admit(Limit.OPEN311_READS);
        List<PublicRequest> found = publicRequests.byReferences(jurisdictions.councilsRead(jurisdiction, false), List.of(id));
        if (found.isEmpty()) {
            throw ApiException.notFound(id.regionMatches(true, 0, PostRequestResource.SANDBOX_ID, 0,
                    PostRequestResource.SANDBOX_ID.length()) ? "That service_request_id is the sandbox's: the sandbox"
                    + " files nothing, so there is no request to read." : "There is no request with that service_request_id.");
        }
        return answer(found, format);
    }

    @GET
    @Path("{endpoint: " + Endpoint.PATHS + "}/tokens/{token}.{format: " + Open311Format.SUFFIXES + "}")
    public Response token(@PathParam("format") String format, @PathParam("token") String token) {
        rateLimiter.admit(Limit.OPEN311_READS);
        String reference = publicRequests.referenceByToken(token)
                .orElseThrow(() -> ApiException.notFound("There is no request with that token."));
        return Open311Answers.answer(Open311Document.list("service_requests", "request", List.of(
                Open311Document.fields().put("service_request_id", reference).put("token", token))), format);
    }

    /** {@code open}, {@code closed}, or both (a comma list): true, false or null for either. */
    private static Boolean openOrClosed(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        Set<String> asked = Set.copyOf(Arrays.stream(status.split(",")).map(String::trim).toList());
        if (!Set.of("open", "closed").containsAll(asked)) {
            throw DateWindow.refused("status", "status must be open or closed.");
        }
        return asked.size() == 2 ? null : asked.contains("open");
    }

    private Response answer(List<PublicRequest> requests, String format) {
        return Open311Answers.answer(Open311Document.list("service_requests", "request",
                requests.stream().map(this::fields).toList()), format);
    }

    private Open311Document.Fields fields(PublicRequest request) {
        return Open311Document.fields()
                .put("service_request_id", request.reference())
                .put("status", request.open() ? "open" : "closed")
                .put("status_notes", request.notes())
                .put("service_name", catalogue.find(request.service()).map(ServiceTypeView::name).orElse(request.service()))
                .put("service_code", request.service())
                // The resident's own words are not published: they can name people (docs/open311.md).
                .put("description", null)
                .put("agency_responsible", request.council().name())
                .put("service_notice", null)
                .put("requested_datetime", request.requestedAt())
                .put("updated_datetime", request.updatedAt())
                .put("expected_datetime", request.dueAt())
                .put("address", request.address())
                .put("address_id", request.uprn())
                .put("zipcode", request.postcode())
                .put("lat", request.lat())
                .put("long", request.lon())
                // Residents' photos are shown to the council's staff only.
                .put("media_url", null);
    }
}
