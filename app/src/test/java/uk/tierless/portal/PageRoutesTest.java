package uk.tierless.portal;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page route, read from the page resources' {@code @Path}/{@code @GET}, with and without a trailing slash,
 * with odd query strings and unknown parameters: never a 500, and an HTML page (or a redirect to one).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PageRoutesTest {

    /** The resources that answer with pages; a new one belongs here. */
    private static final List<String> PAGE_RESOURCES = List.of("uk.tierless.portal.PortalPages",
            "uk.tierless.portal.FormPages", "uk.tierless.portal.TrackingPages", "uk.tierless.identity.StaffPages",
            "uk.tierless.identity.SignedOutPage", "uk.tierless.casework.WorkQueuePages",
            "uk.tierless.notifications.DeadLetterPages", "uk.tierless.payments.PaymentReturnPage",
            "uk.tierless.payments.sandbox.SandboxCardPages", "uk.tierless.appointments.AppointmentPages",
            "uk.tierless.appointments.AppointmentStaffPages", "uk.tierless.appointments.AppointmentAdminPages");

    private static final Map<String, String> PATH_VALUES = Map.of("{token}", "no-such-token", "{slug}", "lichfield",
            "{code}", "missed-bin", "{id}", "no-such-payment");

    private static final List<String> QUERIES = List.of("", "?&", "?unknown=1", "?%25zz=%25&&=&postcode",
            "?postcode=B79+7AH&uprn=abc&c=nowhere&service=%00&page=-1&q=%3Cscript%3E",
            "?postcode=" + "9".repeat(300) + "&service=missed-bin&c=tamworth&sent=1");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void noVariantOfAnyPageRouteIsA500() throws Exception {
        List<String> routes = routes();
        assertThat(routes).contains("/", "/track", "/track/{token}", "/find", "/form", "/staff/requests");
        for (String route : routes) {
            String path = route;
            for (var value : PATH_VALUES.entrySet()) {
                path = path.replace(value.getKey(), value.getValue());
            }
            for (String ending : route.equals("/") ? List.of("") : List.of("", "/")) {
                for (String query : QUERIES) {
                    check(path + ending + query);
                }
            }
        }
    }

    private static void check(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url).isLessThan(500);
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
            String location = response.headers().firstValue("Location").orElse("");
            assertThat(location).as(url + " redirects somewhere").isNotBlank();
            if (location.startsWith("/")) {
                assertThat(get(location).statusCode()).as(url + " -> " + location).isLessThan(500);
            }
        } else {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(url).startsWith("text/html");
        }
    }

    /** Sent as written, without following redirects (RestAssured rewrites odd query strings). */
    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Each page resource's GET routes, from its annotations. */
    private static List<String> routes() throws ClassNotFoundException {
        List<String> routes = new ArrayList<>();
        for (String name : PAGE_RESOURCES) {
            Class<?> resource = Class.forName(name);
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path path = method.getAnnotation(Path.class);
                    routes.add(join(base, path == null ? "" : path.value()));
                }
            }
        }
        return routes;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
