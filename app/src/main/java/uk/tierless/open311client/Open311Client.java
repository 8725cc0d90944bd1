package uk.tierless.open311client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static uk.tierless.platform.Text.blankToNull;

/**
 * GeoReport v2 calls to a council's own back office, in XML, as FixMyStreet makes them (its Open311.pm): post a
 * request, read the updates since a time ({@code servicerequestupdates}), or read requests by id where a server lacks
 * that extension. Each call has the connect and read timeouts of {@code tierless.open311-client}; every refusal or
 * silence is an {@link Open311Failure}. The caller has checked the endpoint is one Tierless may call (the dispatch
 * engine's guard against server-side request forgery): this class calls what it is given.
 */
@ApplicationScoped
public class Open311Client {

    private final HttpClient http;
    private final TierlessConfig.Open311Client config;

    @Inject
    Open311Client(TierlessConfig config) {
        this.config = config.open311Client();
        this.http = HttpClient.newBuilder().connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the request; answers the back office's {@code service_request_id}, through its token if it sends one. */
    public String send(Open311Target target, Open311Outgoing request) {
        List<Open311Outgoing.Field> fields = new ArrayList<>();
        fields.add(new Open311Outgoing.Field("api_key", target.apiKey()));
        if (target.jurisdiction() != null) {
            fields.add(new Open311Outgoing.Field("jurisdiction_id", target.jurisdiction()));
        }
        fields.add(new Open311Outgoing.Field("service_code", target.serviceCode()));
        fields.addAll(request.fields());
        String body = fields.stream().map(field -> encode(field.name()) + "=" + encode(field.value()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(URI.create(target.endpoint() + "/requests.xml"))
                .timeout(config.readTimeout()).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Map<String, String> answer = first(call(target, post), "requests.xml");
        String id = answer.get("service_request_id");
        if (id != null && !id.isBlank()) {
            return id;
        }
        String token = answer.get("token");
        if (token != null && !token.isBlank()) {
            return fromToken(target, token);
        }
        throw new Open311Failure(0, "The back office's answer to requests.xml has neither a service_request_id nor a token.");
    }

    /**
     * The updates the back office lists from {@code from} (included) to {@code to}, oldest first; a 404 (a server
     * without the extension) is an {@link Open311Failure} with status 404, for the caller to read requests instead.
     */
    public List<Open311Update> updates(Open311Target target, Instant from, Instant to) {
        String query = "start_date=" + encode(w3c(from)) + "&end_date=" + encode(w3c(to)) + keyAndJurisdiction(target);
        List<Open311Update> updates = new ArrayList<>();
        for (Map<String, String> item : call(target, get(target, "servicerequestupdates.xml?" + query))) {
            Instant at = instant(item.get("updated_datetime"));
            String id = item.get("update_id");
            String request = item.get("service_request_id");
            if (at != null && id != null && !id.isBlank() && request != null && !request.isBlank()) {
                updates.add(new Open311Update(id, request, item.get("status"), Open311Update.statusOf(item.get("status")),
                        blankToNull(item.get("description")), at));
            }
        }
        return updates;
    }

    /** These requests as the back office has them now: by its ids, each with its status, notes and last change. */
    public List<Open311Update> requests(Open311Target target, Collection<String> backOfficeIds) {
        String query = "service_request_id=" + encode(String.join(",", backOfficeIds)) + keyAndJurisdiction(target);
        List<Open311Update> requests = new ArrayList<>();
        for (Map<String, String> item : call(target, get(target, "requests.xml?" + query))) {
            String id = item.get("service_request_id");
            String updated = item.get("updated_datetime");
            Instant at = instant(updated);
            if (id != null && !id.isBlank() && at != null) {
                // The request's own id for this state of it: its id and when it last changed.
                requests.add(new Open311Update(id + "@" + w3c(at), id, item.get("status"),
                        Open311Update.statusOf(item.get("status")), blankToNull(item.get("status_notes")), at));
            }
        }
        return requests;
    }

    private String fromToken(Open311Target target, String token) {
        String query = target.jurisdiction() == null ? "" : "?jurisdiction_id=" + encode(target.jurisdiction());
        String id = first(call(target, get(target, "tokens/" + encode(token) + ".xml" + query)), "tokens")
                .get("service_request_id");
        if (id == null || id.isBlank()) {
            throw new Open311Failure(0, "The back office has no service_request_id yet for its token: ask again later.");
        }
        return id;
    }

    private HttpRequest get(Open311Target target, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(target.endpoint() + "/" + pathAndQuery)).timeout(config.readTimeout())
                .header("Accept", "text/xml").GET().build();
    }

    /** The answer's items, or the failure it is: the standard's errors, a status without them, or no answer. */
    private List<Map<String, String>> call(Open311Target target, HttpRequest request) {
        String what = request.uri().getPath().substring(request.uri().getPath().lastIndexOf('/') + 1);
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new Open311Failure(0, "No connection to " + host(target) + " within " + seconds(config.connectTimeout()) + ".");
        } catch (HttpTimeoutException e) {
            throw new Open311Failure(0, "No answer from " + host(target) + " to " + what + " within "
                    + seconds(config.readTimeout()) + ".");
        } catch (ConnectException e) {
            throw new Open311Failure(0, "Could not connect to " + host(target) + ".");
        } catch (IOException e) {
            throw new Open311Failure(0, "The call to " + host(target) + " failed: " + e.getClass().getSimpleName() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Open311Failure(0, "Interrupted while calling " + host(target) + ".");
        }
        var items = Open311Xml.items(answer.body());
        if (answer.statusCode() >= 300) {
            String errors = items.map(list -> list.stream().map(error -> error.get("description"))
                    .filter(description -> description != null && !description.isBlank())
                    .collect(Collectors.joining("; "))).orElse("");
            throw new Open311Failure(answer.statusCode(), hideKey(target, errors.isEmpty()
                    ? what + " answered without the standard's errors." : errors));
        }
        return items.orElseThrow(() -> new Open311Failure(answer.statusCode(), what + " did not answer in XML."));
    }

    private static Map<String, String> first(List<Map<String, String>> items, String what) {
        if (items.isEmpty()) {
            throw new Open311Failure(0, "The back office's answer to " + what + " was an empty list.");
        }
        return items.get(0);
    }

    private static String keyAndJurisdiction(Open311Target target) {
        return (target.jurisdiction() == null ? "" : "&jurisdiction_id=" + encode(target.jurisdiction()))
                + "&api_key=" + encode(target.apiKey());
    }

    /** A server may echo what it was sent; the key is never kept in a failure. */
    private static String hideKey(Open311Target target, String text) {
        return target.apiKey() == null || target.apiKey().isEmpty() ? text : text.replace(target.apiKey(), "(the api key)");
    }

    private static String host(Open311Target target) {
        return URI.create(target.endpoint()).getAuthority();
    }

    private static String seconds(java.time.Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    static String w3c(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
