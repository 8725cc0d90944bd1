package uk.tierless.requests;

import org.junit.jupiter.api.Test;
import uk.tierless.platform.BankHolidays;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final WorkingDays workingDays = new WorkingDays(new BankHolidays());

    @Test
    void aTargetSkipsTheWeekend() {
        // Friday afternoon, one working day: due by the end of Monday.
        var friday = ZonedDateTime.of(2026, 11, 20, 15, 0, 0, 0, LONDON).toInstant();
        assertThat(workingDays.due(friday, 1)).isEqualTo(ZonedDateTime.of(2026, 11, 24, 0, 0, 0, 0, LONDON).toInstant());
    }

    @Test
    void aTargetSkipsBankHolidaysIncludingSubstituteDays() {
        // Christmas 2026: the 25th (Friday) and the 28th (Monday, for Boxing Day on a Saturday) are holidays.
        var christmasEve = ZonedDateTime.of(2026, 12, 24, 9, 0, 0, 0, LONDON).toInstant();
        assertThat(workingDays.due(christmasEve, 2)).isEqualTo(ZonedDateTime.of(2026, 12, 31, 0, 0, 0, 0, LONDON).toInstant());
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
    }

    @Test
    void theDayIsTheDayInLondon() {
        // 23:30 UTC on Friday 3 July 2026 is already Saturday in London (BST): the count starts from Saturday.
        var lateFriday = ZonedDateTime.of(2026, 7, 3, 23, 30, 0, 0, ZoneId.of("UTC")).toInstant();
        assertThat(workingDays.due(lateFriday, 1)).isEqualTo(ZonedDateTime.of(2026, 7, 7, 0, 0, 0, 0, LONDON).toInstant());
    }

    @Test
    void daysToCloseCountTheWorkingDaysAfterTheFirst() {
        var friday = ZonedDateTime.of(2026, 11, 20, 15, 0, 0, 0, LONDON).toInstant();
        assertThat(workingDays.between(friday, friday.plusSeconds(3600))).as("closed the same day").isZero();
        assertThat(workingDays.between(friday, ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, LONDON).toInstant()))
                .as("closed on the Sunday").isZero();
        assertThat(workingDays.between(friday, ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, LONDON).toInstant()))
                .as("closed on the Tuesday").isEqualTo(2);
        var christmasEve = ZonedDateTime.of(2026, 12, 24, 9, 0, 0, 0, LONDON).toInstant();
        assertThat(workingDays.between(christmasEve, ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, LONDON).toInstant()))
                .as("over Christmas and the substitute Boxing Day").isEqualTo(1);
    }
}
