package uk.tierless.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server inside the test (GreenMail), which the app sends to; a test can stop it and start it again on
 * the same port to play an outage.
 */
public class SmtpTestServer implements QuarkusTestResourceLifecycleManager {

    private static ServerSetup setup;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            setup = new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startServer();
        return Map.of("tierless.mail.transport", "smtp",
                "tierless.mail.max-attempts", "5",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(setup.getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static GreenMail server() {
        return server;
    }

    public static synchronized void startServer() {
        server = new GreenMail(setup);
        server.start();
    }

    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
        }
    }
}
