package uk.tierless.learning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermTest {

    @Test
    void aClassBelongsToTheTermOfItsStartMonth() {
        assertThat(Term.of(LocalDate.of(2027, 1, 11))).isEqualTo(new Term(2027, Term.Season.SPRING));
        assertThat(Term.of(LocalDate.of(2027, 3, 31))).isEqualTo(new Term(2027, Term.Season.SPRING));
        assertThat(Term.of(LocalDate.of(2027, 4, 19))).isEqualTo(new Term(2027, Term.Season.SUMMER));
        assertThat(Term.of(LocalDate.of(2027, 8, 31))).isEqualTo(new Term(2027, Term.Season.SUMMER));
        assertThat(Term.of(LocalDate.of(2026, 9, 7))).isEqualTo(new Term(2026, Term.Season.AUTUMN));
    }

    @Test
    void termsFollowOneAnotherAcrossTheYearsEnd() {
        Term autumn = Term.parse("2026-autumn");
        assertThat(autumn.next()).isEqualTo(Term.parse("2027-spring"));
        assertThat(autumn.next().previous()).isEqualTo(autumn);
        assertThat(Term.parse("2027-spring").next().next()).isEqualTo(Term.parse("2027-autumn"));
        assertThat(Term.parse("2027-spring")).isGreaterThan(autumn);
        assertThat(Term.parse("2027-summer")).isGreaterThan(Term.parse("2027-spring"));
    }

    @Test
    void aTermIsStoredByItsIdAndShownByItsLabel() {
        Term spring = Term.parse(" 2027-Spring ");
        assertThat(spring.id()).isEqualTo("2027-spring");
        assertThat(spring.label()).isEqualTo("Spring 2027");
    }

    @Test
    void aMalformedTermIsRefusedWithTheWayToWriteIt() {
        assertThatThrownBy(() -> Term.parse("spring 2027")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-spring");
        assertThatThrownBy(() -> Term.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
