package uk.tierless.collections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The collections of an address's rounds between two days, with the council's changed dates applied: a round comes
 * every 7 or 14 days counted from its first date (so the year's end and a 53-week year change nothing), and a
 * collection whose usual day the council changed comes on the changed day, flagged.
 */
public final class Schedule {

    /** How far a changed day may be from the usual one: a collection moved into the window is still found. */
    static final int MOST_DAYS_MOVED = 14;

    public record Round(Bin bin, Frequency frequency, LocalDate firstDate) {
    }

    /** {@code bin} null: every bin. */
    public record Change(Bin bin, LocalDate usualDate, LocalDate changedDate) {
    }

    /** One collection: {@code usualDate} the day it would have been, when {@code changed}. */
    public record Collection(Bin bin, LocalDate date, boolean changed, LocalDate usualDate) {
    }

    private Schedule() {
    }

    /** The collections from {@code from} to the day before {@code until}, soonest first, then in the bins' order. */
    public static List<Collection> between(List<Round> rounds, List<Change> changes, LocalDate from, LocalDate until) {
        List<Collection> found = new ArrayList<>();
        LocalDate start = from.minusDays(MOST_DAYS_MOVED);
        LocalDate end = until.plusDays(MOST_DAYS_MOVED);
        for (Round round : rounds) {
            for (LocalDate usual = firstOnOrAfter(round, start); usual.isBefore(end); usual = usual.plusDays(round.frequency().days())) {
                Change change = changeOf(changes, round.bin(), usual);
                LocalDate date = change == null ? usual : change.changedDate();
                if (!date.isBefore(from) && date.isBefore(until)) {
                    found.add(new Collection(round.bin(), date, change != null, change == null ? null : usual));
                }
            }
        }
        found.sort(Comparator.comparing(Collection::date).thenComparing(Collection::bin));
        return found;
    }

    /** A change for this bin wins over one for every bin. */
    private static Change changeOf(List<Change> changes, Bin bin, LocalDate usual) {
        Change forAll = null;
        for (Change change : changes) {
            if (change.usualDate().equals(usual)) {
                if (change.bin() == bin) {
                    return change;
                }
                if (change.bin() == null) {
                    forAll = change;
                }
            }
        }
        return forAll;
    }

    private static LocalDate firstOnOrAfter(Round round, LocalDate day) {
        if (!round.firstDate().isBefore(day)) {
            return round.firstDate();
        }
        long periods = Math.floorDiv(ChronoUnit.DAYS.between(round.firstDate(), day) + round.frequency().days() - 1,
                round.frequency().days());
        return round.firstDate().plusDays(periods * round.frequency().days());
    }
}
