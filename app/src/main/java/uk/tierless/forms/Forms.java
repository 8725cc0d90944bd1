package uk.tierless.forms;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Councils' forms as immutable versions. Publishing a council's offer of a service hands its form here; a form that
 * differs from the latest version becomes the next version. Requests point to the version they were made with.
 */
@ApplicationScoped
public class Forms {

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    /** Versions already read, by id: a version never changes once written, so it is read and parsed once. */
    private final Map<UUID, FormView> versions = new ConcurrentHashMap<>();

    /**
     * The council's current form for the service, if it takes the service through a form: the latest version's id
     * from the database (one index scan, so a version published on another instance is current here at once), then
     * the version from memory.
     */
    public Optional<FormView> current(String council, String service) {
        return latestId(council, service).flatMap(this::version);
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
    public Optional<FormView> version(UUID id) {
        FormView known = versions.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FormView> found = QuarkusTransaction.joiningExisting().call(() ->
                FormVersion.<FormVersion>findByIdOptional(id).map(FormView::of));
        found.ifPresent(form -> versions.put(id, form));
        return found;
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

    /**
     * Plain JDBC: the HQL query of {@link #latest} had its SQL rebuilt on every call. Outside a transaction (a
     * submission asks before its own begins) on a connection of its own, with no transaction to begin and commit;
     * inside one on the transaction's connection, after a flush, so a version published earlier in it is the latest.
     */
    private Optional<UUID> latestId(String council, String service) {
        if (!QuarkusTransaction.isActive()) {
            try (Connection connection = dataSource.getConnection()) {
                return latestId(connection, council, service);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the latest form version", e);
            }
        }
        Session session = FormVersion.getEntityManager().unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> latestId(connection, council, service));
    }

    private static Optional<UUID> latestId(Connection connection, String council, String service) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from form_versions"
                + " where council_slug = ? and service_code = ? order by version desc limit 1")) {
            select.setString(1, council);
            select.setString(2, service);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static Optional<FormVersion> latest(String council, String service) {
        return FormVersion.<FormVersion>find("councilSlug = ?1 and serviceCode = ?2", Sort.descending("version"),
                council, service).firstResultOptional();
    }
}
