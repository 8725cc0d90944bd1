package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A request's readable reference, PREFIX-YYMM-NNNN: the council's prefix, the month in London, and the next number
 * of the council's sequence for that month (changeset 2026-12-03-10). A sequence locks nothing until commit, so a
 * council's submissions do not wait for one another; a submission that rolls back leaves a gap, never a duplicate.
 */
@ApplicationScoped
class References {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EntityManager entityManager;

    @Inject
    CouncilDirectory councils;

    /** The next reference of the council, in the transaction (and the council's scope) of the caller. */
    String next(CouncilView council, Instant now) {
        String month = MONTH.format(now.atZone(LONDON));
        long number = entityManager.unwrap(Session.class).doReturningWork(connection -> nextNumber(connection, council.slug(), month));
        String prefix = councils.referencePrefix(council.slug()).orElseThrow();
        return String.format(Locale.ROOT, "%s-%s-%04d", prefix, month, number);
    }

    /**
     * Plain JDBC on the transaction's connection: Hibernate's cache of native-query interpretations compares its keys
     * element by element, and this one call colliding in a tree bin cost a sixth of a submission's CPU.
     */
    private static long nextNumber(Connection connection, String council, String month) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select next_reference_number(?, ?)")) {
            next.setString(1, council);
            next.setString(2, month);
            try (ResultSet result = next.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
