package uk.tierless.reports;

/**
 * So that no resident can be singled out, a count from 1 to 4 in a cell narrower than a council's monthly total is
 * not shown (null in JSON, "fewer than 5" on pages); a median or percentile over such a close count and a rate made
 * from a hidden count are hidden too. Narrow cells: a service, a device class, a channel within a council, and any
 * council figure for a period that is not whole months. Partnership totals and a council's figures over whole
 * months are wide, except the council's channels.
 */
public final class Suppression {

    /** Counts below this (and above 0) are hidden in narrow cells. */
    public static final int BELOW = 5;

    /** How narrow a cell is. */
    enum Cell {
        /** A partnership's figures: nothing hidden. */
        PARTNERSHIP,
        /** A council's figures over whole months: only its channels are narrow. */
        COUNCIL,
        /** A service, a device, or a council over part of a month: every count is narrow. */
        NARROW;

        /** A council's figures over these days: narrow unless the days are whole months. */
        static Cell council(boolean wholeMonths) {
            return wholeMonths ? COUNCIL : NARROW;
        }
    }

    private Suppression() {
    }

    /** The count, or null where it is from 1 to 4 and the cell is narrow. */
    static Long count(long value, boolean narrow) {
        return narrow && value > 0 && value < BELOW ? null : value;
    }

    static Figures figures(Counts counts, Cell cell) {
        boolean narrow = cell == Cell.NARROW;
        boolean narrowChannels = cell != Cell.PARTNERSHIP;
        Long formsStarted = count(counts.formsStarted, narrow);
        Long formsSubmitted = count(counts.formsSubmitted, narrow);
        Long withTarget = count(counts.closedWithTarget, narrow);
        Long withinTarget = count(counts.closedWithinTarget, narrow);
        boolean closesHidden = count(counts.closesCounted(), narrow) == null;
        Long online = count(counts.online, narrowChannels);
        Long phone = count(counts.phone, narrowChannels);
        Long faceToFace = count(counts.faceToFace, narrowChannels);
        Long allChannels = online == null || phone == null || faceToFace == null ? null : online + phone + faceToFace;
        return new Figures(count(counts.visits, narrow), count(counts.pageViews, narrow),
                count(counts.postcodeSearches, narrow), count(counts.tilesOpened, narrow), formsStarted,
                formsSubmitted, percent(formsSubmitted, formsStarted), count(counts.requests, narrow),
                count(counts.closed, narrow), withTarget, withinTarget, percent(withinTarget, withTarget),
                closesHidden ? null : counts.daysToClose(50), closesHidden ? null : counts.daysToClose(90),
                counts.overdueNow == null ? null : count(counts.overdueNow, narrow), count(counts.handedOver, narrow),
                count(counts.duplicates, narrow), count(counts.throughAnotherCouncil, narrow), online, phone,
                faceToFace, percent(online, allChannels));
    }

    /** part ÷ whole as a percentage with one decimal; null if either is hidden or the whole is nothing. */
    static Double percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return Math.round(1000.0 * part / whole) / 10.0;
    }
}
