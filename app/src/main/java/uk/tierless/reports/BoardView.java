package uk.tierless.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a board page shows of one report (a partnership's or a council's): the totals compared with earlier
 * periods, the sortable tables, the charts and the savings written out. A caseworker's report has no use and no
 * savings ({@link BoardReport#operationalOnly()}): those sections are left out, not shown empty.
 *
 * @param query the page's query that asks for this report again (its council or partnership and period), for the
 *              CSV links and the pack
 */
public record BoardView(String id, String heading, BoardReport report, PeriodChoice choice, String query,
                        boolean operationalOnly, boolean mayChangeCosts, List<Compared> headline,
                        List<Compared> use, List<Compared> outcomes,
                        List<SortableTable> useTables, List<SortableTable> outcomeTables, SortableTable channels,
                        List<Chart> useCharts, List<Chart> outcomeCharts, Chart onlineShare, SavingsView savings) {

    /**
     * @param id a prefix for the page's ids, unique when the pack shows several reports on one page
     */
    static BoardView of(String id, BoardReport report, PeriodChoice choice, String query, boolean mayChangeCosts,
                        BoardTables.Sorting sorting) {
        boolean operational = report.savings() == null;
        boolean partnership = report.council() == null;
        String heading = partnership ? report.partnership().name() : report.council().name();
        List<Compared> use = operational ? List.of() : List.of(
                Compared.count("Visits", report, Figures::visits),
                Compared.count("Page views", report, Figures::pageViews),
                Compared.count("Postcode searches", report, Figures::postcodeSearches),
                Compared.count("Tiles opened", report, Figures::tilesOpened),
                Compared.count("Forms started", report, Figures::formsStarted),
                Compared.count("Forms submitted", report, Figures::formsSubmitted),
                Compared.percent("Completion rate (submitted ÷ started)", report, Figures::completionRate),
                Compared.count("Came through another council's profile", report, Figures::throughAnotherCouncil));
        Compared requests = Compared.count("Requests received", report, Figures::requests);
        Compared withinTarget = Compared.percent("Closed within target", report, Figures::closedWithinTargetPercent);
        Compared median = Compared.days("Median working days to close", report, Figures::medianDaysToClose);
        Compared onlineShare = Compared.percent("Online share of requests", report, Figures::onlineShare);
        List<Compared> outcomes = List.of(requests,
                Compared.count("Requests closed", report, Figures::closed),
                withinTarget, median,
                Compared.days("90th percentile working days to close", report, Figures::p90DaysToClose),
                Compared.count("Handed over to another council", report, Figures::handedOver),
                Compared.count("Closed as duplicates", report, Figures::duplicates), onlineShare);
        // The pack's first table: the figures a board reads first.
        List<Compared> headline = operational ? List.of(requests, withinTarget, median, onlineShare)
                : List.of(use.get(0), use.get(5), use.get(6), requests, withinTarget, median, onlineShare);
        List<SortableTable> useTables = operational ? List.of() : partnership
                ? List.of(BoardTables.useByCouncil(report, sorting), BoardTables.useByService(report, sorting),
                BoardTables.useByDevice(report, sorting))
                : List.of(BoardTables.useByService(report, sorting), BoardTables.useByDevice(report, sorting));
        List<SortableTable> outcomeTables = partnership
                ? List.of(BoardTables.outcomesByCouncil(report, sorting), BoardTables.outcomesByService(report, sorting),
                BoardTables.outcomesByMonth(report, sorting))
                : List.of(BoardTables.outcomesByService(report, sorting), BoardTables.outcomesByMonth(report, sorting));
        List<Chart> useCharts = operational ? List.of() : partnership
                ? List.of(BoardCharts.visitsByMonth(report, id + "-visits-months"),
                BoardCharts.visitsByCouncil(report, id + "-visits-councils"))
                : List.of(BoardCharts.visitsByMonth(report, id + "-visits-months"));
        List<Chart> outcomeCharts = partnership
                ? List.of(BoardCharts.requestsByMonth(report, id + "-requests-months"),
                BoardCharts.requestsByCouncil(report, id + "-requests-councils"))
                : List.of(BoardCharts.requestsByMonth(report, id + "-requests-months"));
        return new BoardView(id, heading, report, choice, query, operational, mayChangeCosts && !operational, headline,
                use,
                outcomes, useTables, outcomeTables, BoardTables.channelsByService(report, sorting), useCharts,
                outcomeCharts, BoardCharts.onlineShareByMonth(report, id + "-online-months"),
                operational ? null : SavingsView.of(report.savings()));
    }

    /** The requests by channel over the whole period, as written. */
    public record ChannelTotals(String online, String phone, String faceToFace, String onlineShare) {
    }

    public ChannelTotals channelTotals() {
        BoardReport.Channels channels = report.channels();
        return new ChannelTotals(Shown.count(channels.online()), Shown.count(channels.phone()),
                Shown.count(channels.faceToFace()), Shown.percent(channels.onlineShare()));
    }

    /** Open requests past their due time, today: the one live figure, whatever the period. */
    public String overdueNow() {
        return Shown.count(report.totals().overdueNow());
    }

    /** The cost model page of the report's partnership, for its board; null for anyone else. */
    public String costsLink() {
        return mayChangeCosts ? "/board/costs" : null;
    }

    /** The generated demo history the report touches, a line per council: "Tamworth Borough Council: 1 April 2026 to 30 June 2026". */
    public List<String> demoDays() {
        Map<String, String> names = new HashMap<>();
        report.councils().forEach(row -> names.put(row.council().slug(), row.council().name()));
        if (report.council() != null) {
            names.put(report.council().slug(), report.council().name());
        }
        return report.demoHistory().stream().map(days -> names.getOrDefault(days.council(), days.council()) + ": "
                + new ReportPeriod(days.firstDay(), days.lastDay()).label()).toList();
    }

    public String period() {
        return new ReportPeriod(report.from(), report.to()).label();
    }
}
