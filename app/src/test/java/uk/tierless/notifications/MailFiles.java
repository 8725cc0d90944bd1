package uk.tierless.notifications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/** The default test transport writes .eml files (as make run does without SMTP): the tests find a resident's there. */
public final class MailFiles {

    private static final Path FOLDER = Path.of("target", "test-mail");

    private MailFiles() {
    }

    /** The email about the request with this text in it, once the outbox has sent it. */
    public static Path waitForEmail(String reference, String text) {
        return await().alias("an email for " + reference + " with '" + text + "' in " + FOLDER.toAbsolutePath())
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> emailIn(reference, text), Optional::isPresent).get();
    }

    /** The email about the request with this text in it, if one has been sent. */
    public static Optional<Path> emailIn(String reference, String text) throws IOException {
        if (!Files.isDirectory(FOLDER)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains(reference)
                    && f.getFileName().toString().endsWith(".eml")).toList()) {
                if (Files.readString(file).contains(text)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
