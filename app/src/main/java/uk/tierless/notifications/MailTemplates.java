package uk.tierless.notifications;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.TenantConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of each message, per council: Tierless's own in {@code mail/<kind>.txt}, or a council's in
 * {@code tenants/<slug>/mail/<kind>.txt}. A template's first line is the subject ({@code Subject: ...}), then a blank
 * line, then the body; both are Qute with the fields of {@link Fields}. A council's template that leaves out the
 * reference or the tracking link is refused at start.
 */
@ApplicationScoped
public class MailTemplates {

    public static final List<String> KINDS = List.of(Outbox.ACKNOWLEDGEMENT, Outbox.UPDATE, Outbox.TRANSFER);

    /** What a template can use. */
    public record Fields(String councilName, String reference, String serviceName, String statusLabel,
                         String publicNote, String trackUrl, String address) {
    }

    public record Rendered(String subject, String body) {
    }

    @Inject
    Engine engine;

    @Inject
    TierlessConfig config;

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    void load(@Observes @Priority(30) StartupEvent start) {
        for (String kind : KINDS) {
            templates.put(kind, parse("mail/" + kind + ".txt", defaultText(kind)));
        }
        try (var councils = Files.list(config.tenantsDir())) {
            for (Path folder : councils.filter(Files::isDirectory).toList()) {
                for (String kind : KINDS) {
                    Path file = folder.resolve("mail").resolve(kind + ".txt");
                    if (Files.isRegularFile(file)) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        if (!text.contains("{reference}") || !text.contains("{trackUrl}")) {
                            throw new TenantConfigurationException(List.of(file + ": a message must give {reference} and {trackUrl}"));
                        }
                        templates.put(folder.getFileName() + "/" + kind, parse(file.toString(), text));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Rendered render(String council, String kind, Fields fields) {
        Template template = templates.getOrDefault(council + "/" + kind, templates.get(kind));
        String text = template.data("councilName", fields.councilName()).data("reference", fields.reference())
                .data("serviceName", fields.serviceName()).data("statusLabel", fields.statusLabel())
                .data("publicNote", fields.publicNote()).data("trackUrl", fields.trackUrl())
                .data("address", fields.address()).render();
        int end = text.indexOf('\n');
        String subject = text.substring(0, end).replaceFirst("^Subject:\\s*", "").trim();
        return new Rendered(subject, text.substring(end + 1).strip() + "\n");
    }

    private Template parse(String name, String text) {
        if (!text.startsWith("Subject:") || !text.contains("\n\n")) {
            throw new TenantConfigurationException(List.of(name + ": start with a 'Subject: ...' line, then a blank line"));
        }
        return engine.parse(text);
    }

    private static String defaultText(String kind) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + kind + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
