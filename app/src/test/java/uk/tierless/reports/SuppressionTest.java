package uk.tierless.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts from 1 to 4 are hidden in narrow cells, and whatever is made from them; wide cells show everything. */
class SuppressionTest {

    @Test
    void oneToFourIsHiddenInANarrowCellButNoughtAndFiveAreShown() {
        assertThat(Suppression.count(0, true)).isZero();
        assertThat(Suppression.count(1, true)).isNull();
        assertThat(Suppression.count(4, true)).isNull();
        assertThat(Suppression.count(5, true)).isEqualTo(5);
        assertThat(Suppression.count(3, false)).isEqualTo(3);
    }

    @Test
    void aPartnershipsFiguresAreNeverHidden() {
        Figures figures = Suppression.figures(small(), Suppression.Cell.PARTNERSHIP);

        assertThat(figures.requests()).isEqualTo(3);
        assertThat(figures.phone()).isEqualTo(1);
        assertThat(figures.medianDaysToClose()).isEqualTo(2);
        assertThat(figures.completionRate()).isEqualTo(50.0);
        assertThat(figures.onlineShare()).isEqualTo(66.7);
    }

    @Test
    void aCouncilOverWholeMonthsHidesOnlyItsChannelsAndTheShareMadeFromThem() {
        Figures figures = Suppression.figures(small(), Suppression.Cell.COUNCIL);

        assertThat(figures.requests()).isEqualTo(3);
        assertThat(figures.medianDaysToClose()).isEqualTo(2);
        assertThat(figures.online()).isNull();
        assertThat(figures.phone()).isNull();
        assertThat(figures.faceToFace()).isZero();
        assertThat(figures.onlineShare()).isNull();
    }

    @Test
    void aNarrowCellHidesSmallCountsTheirRatesAndAMedianOverFewCloses() {
        Figures figures = Suppression.figures(small(), Suppression.Cell.NARROW);

        assertThat(figures.requests()).isNull();
        assertThat(figures.formsStarted()).isNull();
        assertThat(figures.completionRate()).isNull();
        assertThat(figures.closedWithinTargetPercent()).isNull();
        assertThat(figures.medianDaysToClose()).isNull();
        assertThat(figures.p90DaysToClose()).isNull();
        assertThat(figures.visits()).isEqualTo(20);
        assertThat(figures.overdueNow()).isNull();
    }

    @Test
    void aRateIsShownWhereBothItsCountsAre() {
        Counts counts = new Counts();
        counts.formsStarted = 8;
        counts.formsSubmitted = 6;
        counts.closedWithTarget = 7;
        counts.closedWithinTarget = 0;
        counts.addCloses(4, 5);
        counts.addOverdue(0);

        Figures figures = Suppression.figures(counts, Suppression.Cell.NARROW);

        assertThat(figures.completionRate()).isEqualTo(75.0);
        assertThat(figures.closedWithinTargetPercent()).isEqualTo(0.0);
        assertThat(figures.medianDaysToClose()).isEqualTo(4);
        assertThat(figures.overdueNow()).isZero();
        assertThat(figures.onlineShare()).as("no requests at all").isNull();
    }

    @Test
    void requestsFromOpen311ClientsAreOnline() {
        Counts counts = new Counts();
        counts.addRequests("open311", 6, 0, 0, 0, 0, 0, 0);
        counts.addRequests("phone", 2, 0, 0, 0, 0, 0, 0);

        assertThat(counts.online).isEqualTo(6);
        assertThat(Suppression.figures(counts, Suppression.Cell.PARTNERSHIP).onlineShare()).isEqualTo(75.0);
    }

    @Test
    void percentilesAreTheNearestRank() {
        Counts counts = new Counts();
        counts.addCloses(1, 1);
        counts.addCloses(2, 1);
        counts.addCloses(3, 1);
        counts.addCloses(10, 1);

        assertThat(counts.daysToClose(50)).isEqualTo(2); // the 2nd of 4
        assertThat(counts.daysToClose(90)).isEqualTo(10); // the 4th of 4
        assertThat(new Counts().daysToClose(50)).isNull();
    }

    /** Three requests (two online, one by phone), three closes, a few forms: every count small. */
    private static Counts small() {
        Counts counts = new Counts();
        counts.visits = 20;
        counts.formsStarted = 4;
        counts.formsSubmitted = 2;
        counts.addRequests("web", 2, 2, 2, 1, 0, 0, 0);
        counts.addRequests("phone", 1, 1, 1, 1, 0, 0, 0);
        counts.addCloses(1, 1);
        counts.addCloses(2, 1);
        counts.addCloses(5, 1);
        counts.addOverdue(2);
        return counts;
    }
}
