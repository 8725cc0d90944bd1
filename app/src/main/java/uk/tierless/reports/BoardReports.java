package uk.tierless.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiException;
import uk.tierless.catalogue.ServiceCatalogue;
import uk.tierless.catalogue.ServiceTypeView;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.PartnershipView;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The board's reports of a partnership or one member council over a period: the figures of {@link Figures} for the
 * whole, by council, service, month and device, the channels, the savings and the periods compared, with
 * {@link Suppression} applied. Who may read which is {@link ReportReach}'s question, not this class's.
 */
@ApplicationScoped
public class BoardReports {

    @Inject
    ReportQueries queries;

    @Inject
    CouncilDirectory directory;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    CostModels costModels;

    @Inject
    OpenRequests openRequests;

    /** A partnership's report, or a 404 for an unknown partnership. */
    public BoardReport partnership(String slug, ReportPeriod period) {
        PartnershipView partnership = requirePartnership(slug);
        return report(partnership, null, period);
    }

    /** A member council's report, or a 404 for an unknown council or one in no partnership. */
    public BoardReport council(String slug, ReportPeriod period) {
        CouncilView council = requireMember(slug);
        return report(requirePartnership(council.partnership()), council, period);
    }

    public PartnershipView requirePartnership(String slug) {
        return directory.partnerships().stream().filter(partnership -> partnership.slug().equals(slug)).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no partnership with the slug '" + slug + "'."));
    }

    /** A council of a partnership: only those have reports. */
    public CouncilView requireMember(String slug) {
        CouncilView council = directory.require(slug);
        if (council.partnership() == null) {
            throw ApiException.notFound("The council '" + slug + "' is in no partnership, so it has no reports.");
        }
        return council;
    }

    private BoardReport report(PartnershipView partnership, CouncilView council, ReportPeriod period) {
        List<String> members = council == null ? partnership.members() : List.of(council.slug());
        ReportQueries.Scope scope = new ReportQueries.Scope(council == null ? partnership.slug() : null, members);
        ReportCells cells = queries.read(scope, period, true);
        addOverdue(cells, members);
        Suppression.Cell whole = council == null ? Suppression.Cell.PARTNERSHIP
                : Suppression.Cell.council(period.wholeMonths());
        Figures totals = Suppression.figures(cells.totals, whole);
        ReportPeriod previous = period.previous();
        ReportPeriod yearBefore = period.yearBefore();
        List<BoardReport.DemoDays> demo = queries.demoDays(members, period);
        List<BoardReport.MonthRow> months = months(cells, period, council != null);
        List<BoardReport.ServiceRow> services = services(cells);
        return new BoardReport(partnership, council, period.from(), period.to(), Suppression.BELOW, !demo.isEmpty(),
                demo, totals, Suppression.figures(queries.read(scope, previous, false).totals, whole), previous,
                Suppression.figures(queries.read(scope, yearBefore, false).totals, whole), yearBefore,
                members.stream().map(member -> new BoardReport.CouncilRow(directory.require(member),
                        Suppression.figures(cells.council(member), Suppression.Cell.council(period.wholeMonths()))))
                        .toList(),
                services, months, devices(cells), channels(totals, months, services),
                Savings.of(costModels.of(partnership.slug()), totals));
    }

    /** "Overdue now" is live: each council's open requests past their due time, by service. */
    private void addOverdue(ReportCells cells, List<String> councils) {
        for (String council : councils) {
            Map<String, Long> overdue = openRequests.overdueByService(council);
            Counts councilCell = cells.council(council);
            councilCell.addOverdue(0);
            cells.totals.addOverdue(0);
            cells.services.forEach((key, cell) -> {
                if (key.council().equals(council)) {
                    cell.addOverdue(0);
                }
            });
            overdue.forEach((service, count) -> {
                cells.totals.addOverdue(count);
                councilCell.addOverdue(count);
                cells.service(council, service).addOverdue(count);
            });
        }
    }

    /** Every month of the period, empty ones too; in a council's report a month the period only partly covers is narrow. */
    private static List<BoardReport.MonthRow> months(ReportCells cells, ReportPeriod period, boolean oneCouncil) {
        return period.months().stream().map(month -> {
            boolean whole = !month.atDay(1).isBefore(period.from()) && !month.atEndOfMonth().isAfter(period.to());
            Suppression.Cell cell = oneCouncil ? Suppression.Cell.council(whole) : Suppression.Cell.PARTNERSHIP;
            return new BoardReport.MonthRow(month.toString(), Suppression.figures(cells.month(month), cell));
        }).toList();
    }

    private List<BoardReport.ServiceRow> services(ReportCells cells) {
        return cells.services.entrySet().stream()
                .map(entry -> new BoardReport.ServiceRow(entry.getKey().service(), serviceName(entry.getKey().service()),
                        directory.require(entry.getKey().council()),
                        Suppression.figures(entry.getValue(), Suppression.Cell.NARROW)))
                .sorted(Comparator.comparing((BoardReport.ServiceRow row) -> row.council().slug())
                        .thenComparing(BoardReport.ServiceRow::serviceName))
                .toList();
    }

    private String serviceName(String code) {
        return catalogue.find(code).map(ServiceTypeView::name).orElse(code);
    }

    private static List<BoardReport.DeviceRow> devices(ReportCells cells) {
        return cells.devices.entrySet().stream().map(entry -> {
            Figures figures = Suppression.figures(entry.getValue(), Suppression.Cell.NARROW);
            return new BoardReport.DeviceRow(entry.getKey(), figures.visits(), figures.pageViews(),
                    figures.formsStarted(), figures.formsSubmitted());
        }).toList();
    }

    private static BoardReport.Channels channels(Figures totals, List<BoardReport.MonthRow> months,
                                                 List<BoardReport.ServiceRow> services) {
        return new BoardReport.Channels(totals.online(), totals.phone(), totals.faceToFace(), totals.onlineShare(),
                months.stream().map(row -> new BoardReport.ChannelMonth(row.month(), row.figures().online(),
                        row.figures().phone(), row.figures().faceToFace(), row.figures().onlineShare())).toList(),
                services.stream().map(row -> new BoardReport.ChannelService(row.service(), row.serviceName(),
                        row.council(), row.figures().online(), row.figures().phone(), row.figures().faceToFace(),
                        row.figures().onlineShare())).toList());
    }
}
