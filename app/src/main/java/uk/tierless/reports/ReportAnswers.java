package uk.tierless.reports;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The report endpoints' answers. They hold no personal data, but only staff may read them, so they are
 * {@code Cache-Control: private}: a shared cache keeps no copy.
 */
final class ReportAnswers {

    static final String CSV = "text/csv; charset=UTF-8";

    private ReportAnswers() {
    }

    static Response json(BoardReport report) {
        return Response.ok(report).header(HttpHeaders.CACHE_CONTROL, "private").build();
    }

    /** The table as a download named after whose report it is, its days and the table. */
    static Response csv(BoardReport report, ReportTable table) {
        String whose = report.council() == null ? report.partnership().slug() : report.council().slug();
        String file = whose + "-report-" + report.from() + "-to-" + report.to() + "-by-" + table.key() + ".csv";
        return Response.ok(table.csv(report), CSV).header(HttpHeaders.CACHE_CONTROL, "private")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
