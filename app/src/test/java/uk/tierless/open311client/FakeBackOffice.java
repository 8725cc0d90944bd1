package uk.tierless.open311client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny Open311 back office in the test (the JDK's HTTP server on a free port) without the
 * {@code servicerequestupdates} extension: it answers a post with a token, the token with its id, requests.xml with
 * whatever the test last set, and 404 in the standard's errors shape for updates. It keeps each post's fields.
 */
final class FakeBackOffice implements AutoCloseable {

    static final String ID = "CRM-0001";
    private static final String TOKEN = "tok-0001";

    private final HttpServer server;
    final List<List<Map.Entry<String, String>>> posts = new CopyOnWriteArrayList<>();
    final Map<String, String> request = new ConcurrentHashMap<>();
    /** The query of each read of requests.xml. */
    final List<String> reads = new CopyOnWriteArrayList<>();

    FakeBackOffice() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/open311/requests.xml", this::requests);
        server.createContext("/open311/tokens/", exchange -> answer(exchange, 200,
                "<service_requests><request><service_request_id>" + ID + "</service_request_id><token>" + TOKEN
                        + "</token></request></service_requests>"));
        server.createContext("/open311/servicerequestupdates.xml", exchange -> answer(exchange, 404,
                "<errors><error><code>404</code><description>No such path.</description></error></errors>"));
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/open311";
    }

    /** What requests.xml says of the request from now on. */
    void nowSays(String status, String notes, String updated) {
        request.putAll(Map.of("status", status, "status_notes", notes, "updated_datetime", updated));
    }

    private void requests(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            posts.add(fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            answer(exchange, 201, "<service_requests><request><token>" + TOKEN + "</token></request></service_requests>");
            return;
        }
        reads.add(exchange.getRequestURI().getRawQuery());
        answer(exchange, 200, "<service_requests><request><service_request_id>" + ID + "</service_request_id><status>"
                + request.get("status") + "</status><status_notes>" + request.get("status_notes")
                + "</status_notes><updated_datetime>" + request.get("updated_datetime")
                + "</updated_datetime></request></service_requests>");
    }

    private static List<Map.Entry<String, String>> fields(String body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.add(Map.entry(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8)));
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
