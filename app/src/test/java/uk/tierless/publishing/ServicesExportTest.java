package uk.tierless.publishing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.catalogue.PortalDefinition;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.forms.FormDefinition;
import uk.tierless.forms.Question;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantFiles;
import uk.tierless.tenancy.TestTenants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Export, then seed a fresh instance from the export: the same configuration as is live, for every council. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServicesExportTest {

    @Inject
    ServicesExport export;

    @Inject
    ServicesFile servicesFile;

    @Inject
    ServiceOffers offers;

    @Inject
    ServicePublisher publisher;

    @TempDir
    Path fresh;

    @Test
    void everyCouncilsExportReadsBackAsItsLiveConfiguration() throws IOException {
        copy(TestTenants.FIXTURE, fresh);
        Map<String, PortalDefinition> seeded = new TreeMap<>(servicesFile.definitions());
        assertThat(seeded).hasSize(16);
        for (String council : seeded.keySet()) {
            String yaml = export.yaml(council);
            assertThat(yaml).startsWith("# ").contains("services:");
            Files.writeString(fresh.resolve(council).resolve(ServicesFile.NAME), yaml);
            assertThat(yaml).doesNotContain(": false");
        }

        ServicesFile reread = new ServicesFile();
        TenantFiles.read(fresh, List.of(reread));

        assertThat(reread.definitions()).hasSize(16);
        seeded.keySet().forEach(council -> {
            PortalDefinition before = normalised(live(council));
            PortalDefinition after = normalised(reread.definitions().get(council));
            assertThat(after.welcome()).as(council).isEqualTo(before.welcome());
            assertThat(after.services()).as(council).extracting(PortalDefinition.Offer::service)
                    .containsExactlyElementsOf(before.services().stream().map(PortalDefinition.Offer::service).toList());
            for (int i = 0; i < before.services().size(); i++) {
                assertThat(after.services().get(i)).as(council + " " + before.services().get(i).service())
                        .isEqualTo(before.services().get(i));
            }
        });
    }

    /** The council's configuration as residents see it now: its welcome and the latest version of each offer. */
    private PortalDefinition live(String council) {
        return new PortalDefinition(offers.welcome(council).orElseThrow(), offers.offeredBy(council).stream()
                .map(service -> publisher.latest(council, service).orElseThrow().settings).toList());
    }

    /** What a file may write two ways (a pinned: false, an empty list of replies, spaces around text) written one way. */
    private static PortalDefinition normalised(PortalDefinition portal) {
        return new PortalDefinition(portal.welcome().trim(), portal.services().stream()
                .map(offer -> new PortalDefinition.Offer(offer.service(), offer.mode(), offer.summary().trim(),
                        offer.link(), offer.content(), offer.isPinned(), normalised(offer.form()), offer.targetDays(),
                        offer.responsesOrEmpty(), offer.dispatch(), null))
                .toList());
    }

    /** A question's {@code required} and {@code personal} are false when not written. */
    private static FormDefinition normalised(FormDefinition form) {
        return form == null ? null : new FormDefinition(form.questions().stream()
                .map(q -> new Question(q.id(), q.type(), q.label(), q.hint(), q.isRequired(), q.options(), q.minLength(),
                        q.maxLength(), q.pattern(), q.min(), q.max(), q.isPersonal(), q.when(), q.showIf()))
                .toList());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
