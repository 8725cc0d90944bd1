package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.sql.PreparedStatement;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way into a council's tenant-owned data. It sets the {@link TenantContext}, begins a new transaction
 * (so Hibernate opens a session for this council) and sets {@code app.tenant} for PostgreSQL's row-level security
 * on that transaction's connection, then runs the work. Nested calls for another council restore the outer one.
 * Work that must change two councils all or nothing (a hand-over) uses {@link #handOver} inside the first's scope.
 */
@ApplicationScoped
@ActivateRequestContext
public class TenantScope {

    @Inject
    TenantContext context;

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    public void run(String council, Runnable work) {
        call(council, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String council, Supplier<T> work) {
        if (council == null || council.isBlank()) {
            throw new IllegalArgumentException("A tenant scope needs a council");
        }
        Optional<String> outer = context.council();
        context.set(council);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                actAs(council);
                return work.get();
            });
        } finally {
            context.set(outer.orElse(null));
        }
    }

    /**
     * The work in the current transaction if it is already this council's scope (so that it commits or rolls back
     * with the work around it), else in a scope of its own as {@link #call}.
     */
    public <T> T joining(String council, Supplier<T> work) {
        boolean inScope = context.council().filter(council::equals).isPresent() && QuarkusTransaction.isActive();
        return inScope ? work.get() : call(council, work);
    }

    /**
     * Work for another council inside the current council's scope and transaction, so that both commit or neither
     * does. Hibernate fixes a session's council when the session opens, so the work gets a second session, for
     * {@code council}, that joins the same transaction (and so the same connection); {@code app.tenant} is that
     * council's while the work runs. The current session is flushed first, so none of its changes are written as the
     * other council; its entities are for after the hand-over. A failure marks the whole transaction for rollback.
     */
    public <T> T handOver(String council, Function<EntityManager, T> work) {
        if (council == null || council.isBlank()) {
            throw new IllegalArgumentException("A hand-over needs the council it goes to");
        }
        String from = context.council().filter(current -> QuarkusTransaction.isActive())
                .orElseThrow(() -> new IllegalStateException("A hand-over runs inside the passing council's scope"));
        entityManager.flush();
        context.set(council);
        try (Session session = sessionFactory.withOptions().tenantIdentifier(council).openSession()) {
            actAs(council);
            T result = work.apply(session);
            session.flush();
            actAs(from);
            return result;
        } catch (RuntimeException e) {
            QuarkusTransaction.setRollbackOnly();
            throw e;
        } finally {
            context.set(from);
        }
    }

    /**
     * Row-level security follows {@code app.tenant}: local to the transaction, so it never leaks to the pool. Plain
     * JDBC on the transaction's connection, as every scope does it: a Hibernate native query costs more CPU in its
     * interpretation cache than the statement does, and would flush the session first.
     */
    private void actAs(String council) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
                set.setString(1, council);
                set.execute();
            }
        });
    }
}
