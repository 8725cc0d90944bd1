package uk.tierless.learning.forecast;

import org.junit.jupiter.api.Test;
import uk.tierless.learning.CourseDemand;
import uk.tierless.learning.Term;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's generated history: three years of the eight courses, the same every time, autumn high, summer low, growing. */
class DemoDemandTest {

    private static final List<Term> TERMS = DemandSnapshots.threeYearsTo(Term.parse("2026-autumn"));

    @Test
    void threeYearsFromSpring2024ToAutumn2026() {
        assertThat(TERMS).extracting(Term::id).containsExactly("2024-spring", "2024-summer", "2024-autumn",
                "2025-spring", "2025-summer", "2025-autumn", "2026-spring", "2026-summer", "2026-autumn");
    }

    @Test
    void everyCourseInEveryTermTheSameOnEveryRun() {
        List<CourseDemand> history = DemoDemand.of(TERMS);

        assertThat(history).hasSize(8 * 9).isEqualTo(DemoDemand.of(TERMS));
        assertThat(history).extracting(CourseDemand::course).containsOnly("ESOL-E1", "MATHS-FS", "DIGI-BEG", "ART-WC",
                "SPAN-BEG", "YOGA-GEN", "PHOTO-DIG", "COOK-BUD");
        assertThat(history).allSatisfy(demand -> {
            assertThat(demand.registrations()).isBetween(0, demand.capacity());
            assertThat(demand.waiting()).isNotNegative();
            assertThat(demand.waiting() == 0 || demand.registrations() == demand.capacity())
                    .as("a waiting list only for a full course: %s", demand).isTrue();
        });
        assertThat(history).anySatisfy(demand -> assertThat(demand.waiting()).isPositive());
    }

    @Test
    void autumnIsBusiestSummerQuietestAndDemandGrows() {
        List<CourseDemand> history = DemoDemand.of(TERMS);

        assertThat(total(history, demand -> demand.term().endsWith("autumn")))
                .isGreaterThan(total(history, demand -> demand.term().endsWith("spring")));
        assertThat(total(history, demand -> demand.term().endsWith("spring")))
                .isGreaterThan(total(history, demand -> demand.term().endsWith("summer")));
        assertThat(total(history, demand -> demand.term().startsWith("2026")))
                .isGreaterThan(total(history, demand -> demand.term().startsWith("2024")));
    }

    private static int total(List<CourseDemand> history, Predicate<CourseDemand> which) {
        return history.stream().filter(which).mapToInt(demand -> demand.registrations() + demand.waiting()).sum();
    }
}
