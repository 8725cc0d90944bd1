package uk.tierless.reports;

/**
 * Every counted move of one council's requests, from its requests themselves: what a rebuild of the rollups
 * replays. The requests feature answers, inside that council's tenant scope.
 */
public interface RequestHistory {

    void replay(String council, RequestMoves moves);
}
