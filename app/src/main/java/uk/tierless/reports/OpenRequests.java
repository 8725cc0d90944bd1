package uk.tierless.reports;

import java.util.Map;

/**
 * The one live figure of a report: open requests past their due time. Requests are tenant-owned, so the feature that
 * owns them answers, council by council, in that council's own scope; the board never reads them across councils.
 */
public interface OpenRequests {

    /** Service code to the council's open requests whose due time has passed (services with none are left out). */
    Map<String, Long> overdueByService(String council);
}
