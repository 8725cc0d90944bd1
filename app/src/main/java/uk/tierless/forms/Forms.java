package uk.tierless.forms;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Councils' forms as immutable versions. Publishing a council's offer of a service hands its form here; a form that
 * differs from the latest version becomes the next version. Requests point to the version they were made with.
 */
@ApplicationScoped
public class Forms {

    @Inject
    Clock clock;

    /** The council's current form for the service, if it takes the service through a form. */
    public Optional<FormView> current(String council, String service) {
        return QuarkusTransaction.joiningExisting().call(() -> latest(council, service).map(FormView::of));
    }

    /** The number of the council's current version of each of its forms, by service: one query for a whole council. */
    public Map<String, Integer> currentVersionNumbers(String council) {
        return QuarkusTransaction.joiningExisting().call(() -> FormVersion.getEntityManager().createQuery(
                        "select f.serviceCode, max(f.version) from FormVersion f where f.councilSlug = :council"
                                + " group by f.serviceCode", Object[].class)
                .setParameter("council", council).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Integer) row[1])));
    }

    /** The version a request was made with. */
    public Optional<FormView> version(java.util.UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> FormVersion.<FormVersion>findByIdOptional(id).map(FormView::of));
    }

    /**
     * Publishes the form as the council's next version of it, unless it asks what the latest version asks; returns
     * the version now current.
     */
    public FormView publishIfChanged(String council, String service, FormDefinition form) {
        Optional<FormVersion> latest = latest(council, service);
        if (latest.isPresent() && latest.get().questions.equals(form.questions())) {
            return FormView.of(latest.get());
        }
        FormVersion version = new FormVersion();
        version.councilSlug = council;
        version.serviceCode = service;
        version.version = latest.map(previous -> previous.version + 1).orElse(1);
        version.questions = form.questions();
        version.publishedAt = Instant.now(clock);
        version.persist();
        return FormView.of(version);
    }

    private static Optional<FormVersion> latest(String council, String service) {
        return FormVersion.<FormVersion>find("councilSlug = ?1 and serviceCode = ?2", Sort.descending("version"),
                council, service).firstResultOptional();
    }
}
