package uk.tierless.reports;

/**
 * One cell's figures (a partnership, a council, a service, a month). Every number is boxed: null where it is
 * suppressed (a count from 1 to 4 in a narrow cell, see {@link Suppression}) or does not apply (a rate over nothing,
 * "overdue now" for a past period, use for a caseworker). Rates are percentages with one decimal; days to close are
 * working days.
 */
public record Figures(Long visits, Long pageViews, Long postcodeSearches, Long tilesOpened, Long formsStarted,
                      Long formsSubmitted, Double completionRate, Long requests, Long closed, Long closedWithTarget,
                      Long closedWithinTarget, Double closedWithinTargetPercent, Integer medianDaysToClose,
                      Integer p90DaysToClose, Long overdueNow, Long handedOver, Long duplicates,
                      Long throughAnotherCouncil, Long online, Long phone, Long faceToFace, Double onlineShare) {

    /** The same figures without use (visits to completion rate): what a caseworker sees. */
    public Figures operationalOnly() {
        return new Figures(null, null, null, null, null, null, null, requests, closed, closedWithTarget,
                closedWithinTarget, closedWithinTargetPercent, medianDaysToClose, p90DaysToClose, overdueNow,
                handedOver, duplicates, throughAnotherCouncil, online, phone, faceToFace, onlineShare);
    }
}
