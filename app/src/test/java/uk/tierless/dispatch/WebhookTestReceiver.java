package uk.tierless.dispatch;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A council's webhook receiver inside the test (the JDK's HTTP server on a free port), which records every delivery
 * and answers with the status a test sets; a test can stop it and start it again on the same port to play an outage.
 * Its secret is given to Tierless as configuration, as the environment variable a setting names would be.
 */
public class WebhookTestReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET_ENV = "TAMWORTH_WEBHOOK_SECRET";
    public static final String SECRET = "whsec-test-5f1c9a7e2b";

    /** One POST as it arrived. */
    public record Delivery(String signature, String deliveryId, String contentType, String body) {
    }

    static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();
    static final AtomicInteger ANSWER = new AtomicInteger(200);
    /** How long the next delivery waits before it is answered (then none wait). */
    static final AtomicLong NEXT_DELAY_MILLIS = new AtomicLong();
    private static int port;
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startServer();
        return Map.of(SECRET_ENV, SECRET);
    }

    @Override
    public void stop() {
        stopServer();
    }

    static String url() {
        return "http://127.0.0.1:" + port + "/tierless/requests";
    }

    static synchronized void startServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/tierless/requests", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                DELIVERIES.add(new Delivery(exchange.getRequestHeaders().getFirst("Tierless-Signature"),
                        exchange.getRequestHeaders().getFirst("Tierless-Delivery"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            long delay = NEXT_DELAY_MILLIS.getAndSet(0);
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = ANSWER.get();
            byte[] answer = (status == 200 ? "{\"received\": true}" : "Our system is not taking requests").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    static synchronized void stopServer() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
