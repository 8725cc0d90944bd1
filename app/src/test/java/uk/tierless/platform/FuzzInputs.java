package uk.tierless.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.tierless.photos.TestPhotos;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/** The requests {@link FuzzTest} sends: drawn from one seeded {@link Random}, so a seed repeats a run exactly. */
final class FuzzInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> PAGES = List.of("/", "/c/{slug}", "/find", "/your-councils", "/services/{code}",
            "/search", "/accessibility", "/privacy", "/form", "/track", "/track/{token}", "/signed-out", "/staff",
            "/staff/login", "/staff/requests", "/staff/request", "/staff/outbox", "/admin", "/admin/services",
            "/admin/service", "/admin/service/preview", "/admin/service/history", "/brand/{slug}.css",
            "/manifest.webmanifest", "/{any}");
    private static final List<String> FORMS = List.of("/form/check", "/form/edit", "/form/submit", "/track",
            "/staff/request/events", "/staff/outbox/retry", "/staff/sign-out", "/admin/service", "/admin/service/discard",
            "/admin/service/publish", "/admin/service/restore", "/find");
    private static final List<String> API_READS = List.of("/api/v1/councils", "/api/v1/councils/{slug}",
            "/api/v1/partnerships", "/api/v1/places", "/api/v1/places/{uprn}", "/api/v1/service-types",
            "/api/v1/routing", "/api/v1/services", "/api/v1/services/{code}", "/api/v1/me", "/api/v1/requests",
            "/api/v1/requests/{reference}", "/api/v1/requests/{reference}/photos/{any}",
            "/api/v1/councils/{slug}/audit-events", "/api/v1/outbox/dead", "/api/v1/admin/imports/{any}",
            "/api/v1/{any}");
    private static final List<String> API_WRITES = List.of("/api/v1/requests", "/api/v1/requests/track",
            "/api/v1/photos", "/api/v1/requests/{reference}/events", "/api/v1/outbox/dead/{any}/retry",
            "/api/v1/admin/imports/{any}", "/api/v1/councils");
    private static final List<String> PARAMS = List.of("postcode", "uprn", "c", "service", "lat", "lon", "easting",
            "northing", "q", "page", "size", "status", "assignee", "overdue", "sort", "missing", "sent", "reference",
            "zzz", "postcode[]", "");
    private static final List<String> FIELDS = List.of("service", "postcode", "uprn", "location", "answers", "contact",
            "origin", "channel", "idempotencyKey", "reference", "email", "phone", "status", "publicNote", "privateNote",
            "transferTo", "duplicateOf", "page", "returnToCheck", "bin-type", "collection-date-day", "details");
    private static final List<String> TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "", "a/b/c",
            "image/jpeg", "application/xml", ";;");

    private final Random random;
    private final String csrfCookie;
    private int markers;

    FuzzInputs(Random random, String csrfCookie) {
        this.random = random;
        this.csrfCookie = csrfCookie;
    }

    record Input(String method, String path, String query, String contentType, byte[] body, String cookie) {

        HttpRequest request(URI root) {
            String base = root.toString().replaceAll("/$", "");
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query)))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            return builder.build();
        }

        int requestLine() {
            return method.length() + path.length() + query.length() + " ? HTTP/1.1".length();
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " [" + contentType + "] " + shown;
        }
    }

    Input next() {
        int kind = random.nextInt(10);
        if (kind < 3) {
            return new Input(pick("GET", "GET", "GET", "HEAD", "PUT", "DELETE"), path(pick(PAGES)), query(), null, null, null);
        }
        if (kind < 5) {
            return formPost();
        }
        if (kind < 7) {
            return new Input(pick("GET", "GET", "HEAD", "OPTIONS"), path(pick(API_READS)), query(), null, null, null);
        }
        return apiWrite();
    }

    private Input formPost() {
        StringBuilder form = new StringBuilder();
        int tokenChoice = random.nextInt(4);
        if (tokenChoice < 2) {
            form.append("csrf-token=").append(tokenChoice == 0 ? csrfCookie : encode(value()));
        }
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            form.append(form.isEmpty() ? "" : "&").append(encode(pick(FIELDS))).append('=').append(encode(value()));
        }
        String type = random.nextInt(5) == 0 ? pick(TYPES) : "application/x-www-form-urlencoded";
        byte[] body = type.startsWith("multipart") ? multipart() : form.toString().getBytes(StandardCharsets.UTF_8);
        return new Input(pick("POST", "POST", "POST", "PUT"), path(pick(FORMS)), query(), type, body,
                random.nextInt(5) == 0 ? null : "csrf-token=" + csrfCookie);
    }

    private byte[] multipart() {
        String part = "--fuzz\r\nContent-Disposition: form-data; name=\"" + pick(FIELDS) + "\"; filename=\"" + value()
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n";
        byte[] content = random.nextBoolean() ? TestPhotos.image("jpg") : value().getBytes(StandardCharsets.UTF_8);
        return TestPhotos.concat(part.getBytes(StandardCharsets.UTF_8), content,
                ("\r\n--fuzz\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrfCookie
                        + "\r\n--fuzz--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private Input apiWrite() {
        String path = path(pick(API_WRITES));
        byte[] body;
        String type;
        if (path.startsWith("/api/v1/photos")) {
            type = pick("image/jpeg", "image/png", "application/octet-stream", "", "text/plain");
            body = photoBytes();
        } else {
            type = random.nextInt(6) == 0 ? pick(TYPES) : "application/json";
            body = json().getBytes(StandardCharsets.UTF_8);
        }
        return new Input(pick("POST", "POST", "POST", "PUT", "PATCH"), path, query(), type, body, null);
    }

    private byte[] photoBytes() {
        byte[] photo = switch (random.nextInt(3)) {
            case 0 -> TestPhotos.image("jpg");
            case 1 -> TestPhotos.image("png");
            default -> TestPhotos.heicWithLocation();
        };
        return switch (random.nextInt(4)) {
            case 0 -> photo;
            case 1 -> java.util.Arrays.copyOf(photo, random.nextInt(photo.length));
            case 2 -> {
                byte[] damaged = photo.clone();
                for (int i = 0; i < 5; i++) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
                }
                yield damaged;
            }
            default -> value().getBytes(StandardCharsets.UTF_8);
        };
    }

    private String json() {
        return switch (random.nextInt(6)) {
            case 0 -> value();
            case 1 -> {
                String whole = jsonObject(2);
                yield whole.substring(0, random.nextInt(whole.length() + 1));
            }
            default -> jsonObject(2);
        };
    }

    private String jsonObject(int depth) {
        StringBuilder object = new StringBuilder("{");
        int fields = random.nextInt(7);
        for (int i = 0; i < fields; i++) {
            object.append(i == 0 ? "" : ",").append(quote(random.nextInt(8) == 0 ? value() : pick(FIELDS))).append(':')
                    .append(jsonValue(depth));
        }
        return object.append('}').toString();
    }

    private String jsonValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> "null";
            case 1 -> pick("true", "false");
            case 2 -> pick("0", "-1", "1e309", "12345678901234567890", "3.5", "-0");
            case 3, 4, 5 -> quote(value());
            case 6 -> "[" + jsonValue(depth - 1) + "," + jsonValue(depth - 1) + "]";
            default -> jsonObject(depth - 1);
        };
    }

    private String path(String template) {
        String path = template.replace("{slug}", pathValue(pick("tamworth", "staffordshire", "nowhere")))
                .replace("{code}", pathValue(pick("missed-bin", "report-pothole", "council-tax-payment", "none")))
                .replace("{uprn}", pathValue(pick("990000000183", "100031791573", "12x")))
                .replace("{reference}", pathValue(pick("TAM-2611-0001", "XXX-0000-0000")))
                .replace("{token}", pathValue("abcdefghijklmnopqrstuvwxyz012345"))
                .replace("{any}", pathValue(value()));
        return switch (random.nextInt(8)) {
            case 0 -> path + "/";
            case 1 -> path + "//";
            case 2 -> path + "/" + pathValue(value());
            case 3 -> "/" + path;
            default -> path;
        };
    }

    private String pathValue(String value) {
        return random.nextInt(4) == 0 ? encode(value()) : encode(value).replace("+", "%20");
    }

    private String query() {
        if (random.nextInt(4) == 0) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        int params = 1 + random.nextInt(5);
        for (int i = 0; i < params; i++) {
            query.append(i == 0 ? "" : "&").append(encode(pick(PARAMS)));
            if (random.nextInt(6) != 0) {
                query.append('=').append(random.nextInt(3) == 0
                        ? encode(pick("B79 7AH", "tamworth", "missed-bin", "990000000183", "52.6", "1"))
                        : encode(value()));
            }
        }
        return random.nextInt(10) == 0 ? query + "&&=&;=&a=b=c" : query.toString();
    }

    private String value() {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "a".repeat(1 + random.nextInt(5000));
            case 3 -> "Ωmega 🚮 ‮ 中文";
            case 4 -> "\u0000\u0001\r\n\t\u007f";
            case 5, 6 -> "<fuzz-xss-" + markers++ + ">";
            case 7 -> pick("-1", "0", "1e309", "NaN", "99999999999999999999", "3.5");
            case 8 -> pick("../../etc/passwd", "%", "%zz", "'; drop table councils; --", "{{7*7}}", "{#each}");
            case 9 -> pick("B79 7AH", "b797ah", "WR1 2EY", "ZZ99 9ZZ", "B79");
            case 10 -> pick("tamworth", "staffordshire", "missed-bin", "report-pothole", "990000000183");
            case 11 -> "\"quoted\" & 'single' <b>bold</b>";
            case 12 -> pick("TAM-2611-0001", "web", "phone", "yes", "general", "2026-11-20");
            default -> Integer.toString(random.nextInt(100000));
        };
    }

    private String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
