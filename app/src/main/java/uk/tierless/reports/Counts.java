package uk.tierless.reports;

import java.util.Map;
import java.util.TreeMap;

/** One cell's sums as read, before suppression: use, requests and the close-time histogram. */
final class Counts {

    long visits;
    long pageViews;
    long postcodeSearches;
    long tilesOpened;
    long formsStarted;
    long formsSubmitted;
    long requests;
    long closed;
    long closedWithTarget;
    long closedWithinTarget;
    long handedOver;
    long duplicates;
    long throughAnotherCouncil;
    long online;
    long phone;
    long faceToFace;
    /** Open requests past their due time now; null for a cell where it does not apply (a month, a past period). */
    Long overdueNow;
    /** Closes by working days from request to close. */
    final TreeMap<Integer, Long> closeDays = new TreeMap<>();

    /** One use event's count: the events of usage_counts that reports read. */
    void addUse(String event, long count) {
        switch (event) {
            case UsageCounter.VISIT -> visits += count;
            case UsageCounter.PAGE_VIEW -> pageViews += count;
            case UsageCounter.POSTCODE_SEARCH -> postcodeSearches += count;
            case UsageCounter.TILE_OPENED -> tilesOpened += count;
            case "form-started" -> formsStarted += count;
            case "form-submitted" -> formsSubmitted += count;
            default -> throw new IllegalArgumentException("Not a reported event: " + event);
        }
    }

    /** One rollup row: requests received by channel, and what happened to them. */
    void addRequests(String channel, long received, long closedCount, long withTarget, long withinTarget,
                     long handedOverCount, long duplicateCount, long through) {
        requests += received;
        switch (channel) {
            case "phone" -> phone += received;
            case "face_to_face" -> faceToFace += received;
            default -> online += received;
        }
        closed += closedCount;
        closedWithTarget += withTarget;
        closedWithinTarget += withinTarget;
        handedOver += handedOverCount;
        duplicates += duplicateCount;
        throughAnotherCouncil += through;
    }

    void addCloses(int workingDays, long closes) {
        closeDays.merge(workingDays, closes, Long::sum);
    }

    void addOverdue(long count) {
        overdueNow = (overdueNow == null ? 0 : overdueNow) + count;
    }

    long closesCounted() {
        return closeDays.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The working days within which {@code percent}% of the closes came (nearest rank: the smallest value with at
     * least that share of closes at or below it), or null with no closes.
     */
    Integer daysToClose(int percent) {
        long total = closesCounted();
        if (total == 0) {
            return null;
        }
        long rank = (total * percent + 99) / 100;
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : closeDays.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return closeDays.lastKey();
    }
}
