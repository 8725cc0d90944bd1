package uk.tierless.collections;

import org.junit.jupiter.api.Test;
import uk.tierless.platform.BankHolidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Round patterns: fortnights counted from the first date across the year's end, and changed days around bank holidays. */
class ScheduleTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Test
    void aFortnightlyRoundKeepsItsFortnightAcrossTheYearsEndOfA53WeekYear() {
        // 2026 has 53 ISO weeks: a round by "odd weeks" of the year would collect two weeks running here.
        assertThat(LocalDate.of(2026, 12, 31).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(53);
        List<Schedule.Collection> found = Schedule.between(List.of(
                        new Schedule.Round(Bin.RECYCLING, Frequency.FORTNIGHTLY, TUESDAY.plusWeeks(1)),
                        new Schedule.Round(Bin.FOOD, Frequency.WEEKLY, TUESDAY)),
                List.of(), LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 20));
        assertThat(found.stream().filter(c -> c.bin() == Bin.RECYCLING).map(Schedule.Collection::date))
                .containsExactly(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 19));
        assertThat(found.stream().filter(c -> c.bin() == Bin.FOOD).map(Schedule.Collection::date))
                .containsExactly(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19));
        assertThat(found).allMatch(c -> c.date().getDayOfWeek() == DayOfWeek.TUESDAY && !c.changed());
        // Soonest first, and on one day in the bins' order.
        assertThat(found.get(0).bin()).isEqualTo(Bin.RECYCLING);
        assertThat(found.get(1).bin()).isEqualTo(Bin.FOOD);
    }

    @Test
    void bankHolidayCollectionsComeOnTheChangedDayFlaggedAndTheBinsOwnChangeWins() {
        BankHolidays holidays = new BankHolidays();
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertThat(holidays.isBankHoliday(christmas)).isTrue();
        assertThat(holidays.isBankHoliday(newYear)).isTrue();
        List<Schedule.Change> changes = List.of(
                new Schedule.Change(null, christmas, christmas.plusDays(1)),
                new Schedule.Change(Bin.GENERAL, christmas, christmas.plusDays(3)),
                new Schedule.Change(null, newYear, newYear.plusDays(1)));
        List<Schedule.Collection> found = Schedule.between(List.of(
                        new Schedule.Round(Bin.GENERAL, Frequency.FORTNIGHTLY, FRIDAY.plusWeeks(1)),
                        new Schedule.Round(Bin.FOOD, Frequency.WEEKLY, FRIDAY)),
                changes, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 9));

        assertThat(found).containsExactly(
                new Schedule.Collection(Bin.FOOD, LocalDate.of(2026, 12, 26), true, christmas),
                new Schedule.Collection(Bin.GENERAL, LocalDate.of(2026, 12, 28), true, christmas),
                new Schedule.Collection(Bin.FOOD, LocalDate.of(2027, 1, 2), true, newYear),
                new Schedule.Collection(Bin.GENERAL, LocalDate.of(2027, 1, 8), false, null),
                new Schedule.Collection(Bin.FOOD, LocalDate.of(2027, 1, 8), false, null));
        assertThat(found).filteredOn(Schedule.Collection::changed)
                .allMatch(c -> holidays.isBankHoliday(c.usualDate()) && !holidays.isBankHoliday(c.date())
                        || c.date().equals(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void aCollectionMovedIntoOrOutOfTheWindowCountsByItsChangedDay() {
        Schedule.Round friday = new Schedule.Round(Bin.GARDEN, Frequency.WEEKLY, FRIDAY);
        LocalDate usual = LocalDate.of(2026, 12, 11);
        // From Saturday 12 December: the Friday before, moved to the Saturday, is in; the last, moved past the end, is out.
        List<Schedule.Collection> found = Schedule.between(List.of(friday), List.of(
                        new Schedule.Change(Bin.GARDEN, usual, usual.plusDays(1)),
                        new Schedule.Change(null, LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))),
                LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 26));
        assertThat(found).extracting(Schedule.Collection::date)
                .containsExactly(LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 18));
        assertThat(Schedule.between(List.of(friday), List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 5)))
                .as("nothing before the round's first date").extracting(Schedule.Collection::date).containsExactly(FRIDAY);
    }

    @Test
    void collectionsAreSaidInWords() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(BinDayWords.day(LocalDate.of(2026, 12, 8), today)).isEqualTo("Tuesday 8 December");
        assertThat(BinDayWords.day(LocalDate.of(2027, 1, 5), today)).isEqualTo("Tuesday 5 January 2027");
        assertThat(BinDayWords.describe(new Schedule.Collection(Bin.RECYCLING, LocalDate.of(2026, 12, 26), true,
                LocalDate.of(2026, 12, 25)))).isEqualTo("Recycling: Saturday 26 December 2026 (changed from Friday 25 December 2026)");
    }
}
