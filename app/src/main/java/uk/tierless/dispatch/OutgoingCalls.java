package uk.tierless.dispatch;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.platform.TierlessConfig;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every call Tierless makes to an address a council's setting names (docs/integration.md, "Server-side request
 * forgery"): https only, and never to a loopback, private (RFC 1918, ULA), shared (RFC 6598), link-local,
 * multicast or unspecified address, judged on every address the host name resolves to at the moment of sending,
 * so a name that later resolves elsewhere (DNS rebinding) is judged again. {@code tierless.dispatch.allow-private}
 * lifts both rules for tests and local trials, with a warning at start. Connect and read timeouts on every call;
 * redirects are not followed; at most {@value RequestDispatch#ANSWER_LIMIT} characters of an answer are kept.
 */
@ApplicationScoped
class OutgoingCalls {

    private static final Logger LOG = Logger.getLogger(OutgoingCalls.class);

    @Inject
    TierlessConfig config;

    private volatile HttpClient client;

    void warnWhenPrivateAllowed(@Observes StartupEvent start) {
        if (config.dispatch().allowPrivate()) {
            LOG.warn("TIERLESS_DISPATCH_ALLOW_PRIVATE is true: councils' webhooks may call http:// and private, loopback"
                    + " and link-local addresses. Only for tests and local trials, never in production.");
        }
    }

    /** POSTs the body with these headers; answers the receiver's status and the start of its answer. */
    Channel.Answer post(String address, Map<String, String> headers, String body) throws Exception {
        URI uri = checked(address, config.dispatch().allowPrivate());
        Duration readTimeout = config.dispatch().readTimeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<String>> call = client().sendAsync(request.build(), info -> new Capped());
        try {
            HttpResponse<String> response = call.get(config.dispatch().connectTimeout().plus(readTimeout).toMillis(),
                    TimeUnit.MILLISECONDS);
            return new Channel.Answer(response.statusCode(), response.body(), null);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Channel.NotTaken(null, "No answer within " + readTimeout.toSeconds() + " seconds");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new Channel.NotTaken(null, "No answer: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        }
    }

    /** The address if Tierless may call it now, else why not. */
    static URI checked(String address, boolean allowPrivate) throws Channel.Undeliverable {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new Channel.Undeliverable("'" + address + "' is not an address");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || allowPrivate && "http".equals(uri.getScheme()))) {
            throw new Channel.Undeliverable(address + " is not an https:// address");
        }
        if (allowPrivate) {
            return uri;
        }
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Channel.Undeliverable(uri.getHost() + " is not a host name that resolves");
        }
        for (InetAddress each : resolved) {
            if (forbidden(each)) {
                throw new Channel.Undeliverable(uri.getHost() + " resolves to " + each.getHostAddress()
                        + ", which is not a public address: Tierless does not call it");
            }
        }
        return uri;
    }

    /** Loopback, private, shared, link-local, multicast or unspecified: not the internet. */
    static boolean forbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean shared = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        boolean thisNetwork = bytes.length == 4 && bytes[0] == 0;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || shared || thisNetwork;
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(config.dispatch().connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    /** Keeps the start of an answer and lets the rest go by. */
    private static final class Capped implements HttpResponse.BodySubscriber<String> {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final CompletableFuture<String> body = new CompletableFuture<>();

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int room = Math.min(buffer.remaining(), 4 * RequestDispatch.ANSWER_LIMIT - kept.size());
                if (room > 0) {
                    byte[] bytes = new byte[room];
                    buffer.get(bytes);
                    kept.write(bytes, 0, room);
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(kept.toString(StandardCharsets.UTF_8));
        }
    }
}
