package uk.tierless.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The board's request figures, kept in the transaction that moves a request (so they are never behind and never
 * need the requests themselves): each move adds one to its rollup row. A move waits while its council's rollups are
 * being rebuilt ({@link RollupRebuild}), so a rebuild never misses one.
 */
@ApplicationScoped
public class RequestRollups implements RequestMoves {

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Counted request, LocalDate day) {
        add(request, tally -> tally.received(request, day));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(Counted request, LocalDate day, int workingDays, Boolean withinTarget, boolean duplicate) {
        add(request, tally -> tally.closed(request, day, workingDays, withinTarget, duplicate));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handedOver(Counted request, LocalDate day) {
        add(request, tally -> tally.handedOver(request, day));
    }

    private void add(Counted request, Consumer<RollupTally> move) {
        RollupLock.shared(entityManager, request.council());
        RollupTally tally = new RollupTally();
        move.accept(tally);
        tally.addTo(entityManager);
    }
}
