package uk.tierless.learning.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model and its backtest against a course's history worked out by hand. The fixture, oldest first (demand =
 * registrations + waiting):
 * <pre>
 *   1 2024-autumn  30      4 2025-autumn  36      7 2026-autumn  42
 *   2 2025-spring  20      5 2026-spring  24
 *   3 2025-summer  10      6 2026-summer  12
 * </pre>
 */
class DemandModelTest {

    static final List<PastTerm> HISTORY = List.of(
            new PastTerm("2024-autumn", "AUTUMN", 30), new PastTerm("2025-spring", "SPRING", 20),
            new PastTerm("2025-summer", "SUMMER", 10), new PastTerm("2025-autumn", "AUTUMN", 36),
            new PastTerm("2026-spring", "SPRING", 24), new PastTerm("2026-summer", "SUMMER", 12),
            new PastTerm("2026-autumn", "AUTUMN", 42));

    @Test
    void nextSpringIsTheLastThreeTermsMeanScaledBySpringsIndex() {
        // Last three: (24 + 12 + 42) / 3 = 26. Spring's mean (20 + 24) / 2 = 22; every term's mean 174 / 7 = 24.857;
        // spring's index 22 / 24.857 = 0.885. 26 x 0.885 = 23.01, rounded 23.
        assertThat(DemandModel.expected(HISTORY, "SPRING")).isEqualTo(23);
    }

    @Test
    void aBusySeasonScalesUpAndAQuietOneDown() {
        // Autumn: mean (30 + 36 + 42) / 3 = 36, index 36 / 24.857 = 1.448; 26 x 1.448 = 37.66, rounded 38.
        assertThat(DemandModel.expected(HISTORY, "AUTUMN")).isEqualTo(38);
        // Summer: mean (10 + 12) / 2 = 11, index 11 / 24.857 = 0.443; 26 x 0.443 = 11.51, rounded 12.
        assertThat(DemandModel.expected(HISTORY, "SUMMER")).isEqualTo(12);
    }

    @Test
    void eachPastTermWithThreeBeforeItIsForecastFromThoseBeforeItAlone() {
        // 2025-autumn from terms 1-3: mean (30 + 20 + 10) / 3 = 20; autumn 30 over every term's 20 = 1.5; 30. Came 36: 6.
        // 2026-spring from 1-4: mean (20 + 10 + 36) / 3 = 22; spring 20 over 96 / 4 = 24 = 0.833; 18.33 -> 18. Came 24: 6.
        // 2026-summer from 1-5: mean (10 + 36 + 24) / 3 = 23.33; summer 10 over 120 / 5 = 24 = 0.417; 9.72 -> 10. Came 12: 2.
        // 2026-autumn from 1-6: mean (36 + 24 + 12) / 3 = 24; autumn 33 over 132 / 6 = 22 = 1.5; 36. Came 42: 6.
        Backtest backtest = DemandModel.backtest(HISTORY);

        assertThat(backtest.checks()).containsExactly(
                new Backtest.Check("2025-autumn", 30, 36), new Backtest.Check("2026-spring", 18, 24),
                new Backtest.Check("2026-summer", 10, 12), new Backtest.Check("2026-autumn", 36, 42));
        // (6 + 6 + 2 + 6) / 4 = 5.
        assertThat(backtest.meanAbsoluteError()).hasValue(5.0);
    }

    @Test
    void theMeanAbsoluteErrorIsToOneDecimalPlaceAHalfUp() {
        // Errors 1, 0 and 0: 1 / 3 = 0.333, shown 0.3. Errors 1 and 0: 0.5. Errors 1, 1, 1 and 0 ... 0.75, shown 0.8.
        assertThat(new Backtest(List.of(check(1), check(0), check(0))).meanAbsoluteError()).hasValue(0.3);
        assertThat(new Backtest(List.of(check(1), check(0))).meanAbsoluteError()).hasValue(0.5);
        assertThat(new Backtest(List.of(check(1), check(1), check(1), check(0))).meanAbsoluteError()).hasValue(0.8);
    }

    @Test
    void withFewerThanFourTermsNothingIsBacktested() {
        Backtest backtest = DemandModel.backtest(HISTORY.subList(0, 3));

        assertThat(backtest.checks()).isEmpty();
        assertThat(backtest.meanAbsoluteError()).isEmpty();
    }

    @Test
    void withFewerThanThreeTermsTheMeanIsOfWhatThereIs() {
        List<PastTerm> two = HISTORY.subList(0, 2);
        // (30 + 20) / 2 = 25; summer never seen: index 1. 25.
        assertThat(DemandModel.expected(two, "SUMMER")).isEqualTo(25);
        // Autumn 30 over every term's 25 = 1.2; 25 x 1.2 = 30.
        assertThat(DemandModel.expected(two, "AUTUMN")).isEqualTo(30);
        // One term: itself.
        assertThat(DemandModel.expected(HISTORY.subList(0, 1), "AUTUMN")).isEqualTo(30);
    }

    @Test
    void aHalfRoundsUpAndNoDemandForecastsNone() {
        // (1 + 2) / 2 = 1.5, rounded 2 (neither season seen: index 1).
        assertThat(DemandModel.expected(List.of(new PastTerm("2026-spring", "SPRING", 1),
                new PastTerm("2026-summer", "SUMMER", 2)), "AUTUMN")).isEqualTo(2);
        assertThat(DemandModel.expected(List.of(new PastTerm("2026-spring", "SPRING", 0)), "SPRING")).isZero();
    }

    @Test
    void noHistoryIsNoForecast() {
        assertThatThrownBy(() -> DemandModel.expected(List.of(), "SPRING")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overfillAboveCapacityUnderfillBelowSixtyPercentOkBetween() {
        assertThat(Flag.of(23, 22)).isEqualTo(Flag.OVERFILL);
        assertThat(Flag.of(23, 23)).isEqualTo(Flag.OK);
        // 60% of 40 is 24: 24 is ok, 23 under.
        assertThat(Flag.of(24, 40)).isEqualTo(Flag.OK);
        assertThat(Flag.of(23, 40)).isEqualTo(Flag.UNDERFILL);
        // No places planned next term: any demand overfills them.
        assertThat(Flag.of(5, 0)).isEqualTo(Flag.OVERFILL);
        assertThat(Flag.of(0, 0)).isEqualTo(Flag.OK);
    }

    private static Backtest.Check check(int error) {
        return new Backtest.Check("2026-spring", 10 + error, 10);
    }
}
