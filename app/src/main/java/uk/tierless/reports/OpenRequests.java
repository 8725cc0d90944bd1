package uk.tierless.reports;

import java.util.Map;

/** "Overdue now", the one live figure of a report: implemented where requests are kept. */
public interface OpenRequests {

    /** Service code → open requests past their due time, read in that council's own tenant scope. */
    Map<String, Long> overdueByService(String council);
}
