package uk.tierless.reports;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure of the fixture's reports, computed by hand from {@link ReportFixture}'s rows. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class BoardReportsTest {

    @Inject
    BoardReports reports;

    @Inject
    DataSource dataSource;

    @Inject
    OpenRequests openRequests;

    @BeforeEach
    void insertFixture() throws SQLException {
        ReportFixture.insert(dataSource);
    }

    @AfterEach
    void deleteFixture() throws SQLException {
        ReportFixture.delete(dataSource);
    }

    @Test
    void wholeMonthsAreReadByMonthAndTheDaysEitherSideByDayEachDayOnce() throws SQLException {
        for (ReportPeriod period : List.of(ReportPeriod.parse("2019-02-06", "2019-03-31"),
                ReportPeriod.parse("2019-01-20", "2019-03-12"), ReportPeriod.parse("2019-02-06", "2019-02-25"),
                ReportPeriod.parse("2018-03-01", "2019-04-30"), ReportPeriod.parse("2019-03-10", "2019-03-10"))) {
            Figures totals = reports.partnership("worcestershire", period).totals();
            assertThat(totals.requests()).as("received, %s", period.label()).isEqualTo(daily("received", period));
            assertThat(totals.closed()).as("closed, %s", period.label()).isEqualTo(daily("closed", period));
        }
    }

    /** The sum of a column of Worcestershire's daily rollup rows over the period, read straight from the table. */
    private long daily(String column, ReportPeriod period) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select coalesce(sum(" + column + "), 0)"
                     + " from request_rollups where day between ? and ? and council in"
                     + " (select slug from councils where partnership_slug = 'worcestershire')")) {
            query.setDate(1, java.sql.Date.valueOf(period.from()));
            query.setDate(2, java.sql.Date.valueOf(period.to()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void thePartnershipsTotalsAddUpEveryCouncilAndItsOwnFrontDoor() {
        BoardReport report = reports.partnership("worcestershire", ReportFixture.PERIOD);
        Figures totals = report.totals();

        // Visits and page views on Worcestershire's front door: not the 3 through Worcester elsewhere, nor Tamworth's.
        assertThat(totals.visits()).isEqualTo(100 + 50);
        assertThat(totals.pageViews()).isEqualTo(400 + 150);
        assertThat(totals.postcodeSearches()).isEqualTo(30);
        assertThat(totals.tilesOpened()).isEqualTo(40);
        assertThat(totals.formsStarted()).isEqualTo(12 + 4);
        assertThat(totals.formsSubmitted()).isEqualTo(9 + 3);
        assertThat(totals.completionRate()).isEqualTo(75.0); // 12 / 16
        // Requests: not April's 100, nor January's or the year before's.
        assertThat(totals.requests()).isEqualTo(10 + 3 + 2 + 7 + 20);
        assertThat(totals.closed()).isEqualTo(6 + 2 + 1 + 5 + 18);
        assertThat(totals.closedWithTarget()).isEqualTo(6 + 2 + 5 + 18);
        assertThat(totals.closedWithinTarget()).isEqualTo(4 + 2 + 5 + 9);
        assertThat(totals.closedWithinTargetPercent()).isEqualTo(64.5); // 20 / 31 = 64.516…
        // 32 closes by working days: 1×3, 2×12, 3×5, 4×2, 6×8, 12×1, 15×1. The 16th is at 3 days, the 29th at 6.
        assertThat(totals.medianDaysToClose()).isEqualTo(3);
        assertThat(totals.p90DaysToClose()).isEqualTo(6);
        assertThat(totals.handedOver()).isEqualTo(1 + 2);
        assertThat(totals.duplicates()).isEqualTo(1 + 3);
        assertThat(totals.throughAnotherCouncil()).isEqualTo(7);
        assertThat(totals.online()).isEqualTo(10 + 7 + 20);
        assertThat(totals.phone()).isEqualTo(3);
        assertThat(totals.faceToFace()).isEqualTo(2);
        assertThat(totals.onlineShare()).isEqualTo(88.1); // 37 / 42 = 88.095…
        assertThat(report.suppressedBelow()).isEqualTo(5);
        assertThat(report.from()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(report.partnership().slug()).isEqualTo("worcestershire");
        assertThat(report.council()).isNull();
    }

    @Test
    void thePeriodsComparedAreTheMonthsBeforeAndTheSameMonthsAYearBefore() {
        BoardReport report = reports.partnership("worcestershire", ReportFixture.PERIOD);

        assertThat(report.previousPeriod()).isEqualTo(ReportPeriod.parse("2018-12-01", "2019-01-31"));
        assertThat(report.previous().requests()).isEqualTo(8);
        assertThat(report.previous().closed()).isEqualTo(4);
        assertThat(report.previous().medianDaysToClose()).isNull();
        assertThat(report.yearBeforePeriod()).isEqualTo(ReportPeriod.parse("2018-02-01", "2018-03-31"));
        assertThat(report.yearBefore().requests()).isEqualTo(6);
        assertThat(report.yearBefore().phone()).isEqualTo(6);
        assertThat(report.yearBefore().onlineShare()).isEqualTo(0.0);
        assertThat(report.yearBefore().visits()).isZero();
    }

    @Test
    void eachCouncilHasItsOwnFiguresAndUseThroughItsProfile() {
        BoardReport report = reports.partnership("worcestershire", ReportFixture.PERIOD);

        assertThat(report.councils()).extracting(row -> row.council().slug()).containsExactlyInAnyOrder(
                "bromsgrove", "malvern-hills", "redditch", "worcester", "worcestershire", "wychavon", "wyre-forest");
        Figures redditch = council(report, "redditch");
        assertThat(redditch.visits()).isEqualTo(100);
        assertThat(redditch.pageViews()).isEqualTo(400);
        assertThat(redditch.tilesOpened()).isZero();
        assertThat(redditch.requests()).isEqualTo(15);
        assertThat(redditch.closed()).isEqualTo(9);
        assertThat(redditch.closedWithinTargetPercent()).isEqualTo(75.0); // 6 / 8
        // 9 closes: 1×3, 2×2, 4×2, 12×1, 15×1: the 5th at 2 days, the 9th at 15.
        assertThat(redditch.medianDaysToClose()).isEqualTo(2);
        assertThat(redditch.p90DaysToClose()).isEqualTo(15);
        // A council's month totals show small counts, but not its channels.
        assertThat(redditch.handedOver()).isEqualTo(1);
        assertThat(redditch.duplicates()).isEqualTo(1);
        assertThat(redditch.online()).isEqualTo(10);
        assertThat(redditch.phone()).isNull();
        assertThat(redditch.faceToFace()).isNull();
        assertThat(redditch.onlineShare()).isNull();

        Figures bromsgrove = council(report, "bromsgrove");
        assertThat(bromsgrove.tilesOpened()).isEqualTo(40);
        assertThat(bromsgrove.completionRate()).isEqualTo(75.0); // 9 / 12
        assertThat(bromsgrove.throughAnotherCouncil()).isEqualTo(7);
        assertThat(bromsgrove.onlineShare()).isEqualTo(100.0);
        assertThat(bromsgrove.medianDaysToClose()).isEqualTo(3);

        Figures worcester = council(report, "worcester");
        assertThat(worcester.visits()).isEqualTo(3); // through its profile, wherever the page was
        assertThat(worcester.formsStarted()).isEqualTo(4);
        assertThat(worcester.closedWithinTargetPercent()).isEqualTo(50.0);
        assertThat(worcester.medianDaysToClose()).isEqualTo(2); // 18 closes: the 9th at 2 days
        assertThat(worcester.p90DaysToClose()).isEqualTo(6); // the 17th at 6

        Figures wychavon = council(report, "wychavon");
        assertThat(wychavon.requests()).isZero();
        assertThat(wychavon.medianDaysToClose()).isNull();
        assertThat(wychavon.closedWithinTargetPercent()).isNull();
    }

    @Test
    void servicesAreNarrowCellsSoCountsBelowFiveAreHidden() {
        BoardReport report = reports.partnership("worcestershire", ReportFixture.PERIOD);

        assertThat(report.services()).extracting(row -> row.council().slug() + "/" + row.service()).containsExactly(
                "bromsgrove/fly-tipping", "redditch/missed-bin", "redditch/fly-tipping", "worcester/missed-bin");
        Figures redditchFlyTipping = service(report, "redditch", "fly-tipping");
        assertThat(redditchFlyTipping.requests()).isEqualTo(13);
        assertThat(redditchFlyTipping.duplicates()).isNull();
        assertThat(redditchFlyTipping.phone()).isNull();
        assertThat(redditchFlyTipping.onlineShare()).isNull();
        assertThat(redditchFlyTipping.closedWithinTargetPercent()).isEqualTo(75.0);
        assertThat(redditchFlyTipping.medianDaysToClose()).isEqualTo(2); // 8 closes: the 4th at 2 days
        assertThat(redditchFlyTipping.p90DaysToClose()).isEqualTo(12); // the 8th at 12

        Figures missedBin = service(report, "redditch", "missed-bin");
        assertThat(missedBin.requests()).isNull();
        assertThat(missedBin.closed()).isNull();
        assertThat(missedBin.closedWithTarget()).isZero();
        assertThat(missedBin.handedOver()).isNull();
        assertThat(missedBin.medianDaysToClose()).as("a median over one close").isNull();

        Figures worcester = service(report, "worcester", "missed-bin");
        assertThat(worcester.formsStarted()).isNull();
        assertThat(worcester.formsSubmitted()).isNull();
        assertThat(worcester.completionRate()).isNull();
        assertThat(worcester.requests()).isEqualTo(20);
        assertThat(report.services().get(0).serviceName()).isEqualTo("Report fly-tipping");
    }

    @Test
    void monthsDevicesAndChannels() {
        BoardReport report = reports.partnership("worcestershire", ReportFixture.PERIOD);

        assertThat(report.months()).extracting(BoardReport.MonthRow::month).containsExactly("2019-02", "2019-03");
        Figures february = report.months().get(0).figures();
        assertThat(february.requests()).isEqualTo(13);
        assertThat(february.phone()).as("a partnership's month is wide").isEqualTo(3);
        assertThat(february.visits()).isEqualTo(100);
        assertThat(report.months().get(1).figures().requests()).isEqualTo(29);
        // 24 closes in March: 2×10, 3×5, 6×8, 15×1: the 12th at 3 days
        assertThat(report.months().get(1).figures().medianDaysToClose()).isEqualTo(3);

        assertThat(report.devices()).containsExactly(
                new BoardReport.DeviceRow("desktop", 50L, 150L, null, null),
                new BoardReport.DeviceRow("phone", 100L, 400L, 12L, 9L));

        assertThat(report.channels().online()).isEqualTo(37);
        assertThat(report.channels().months()).containsExactly(
                new BoardReport.ChannelMonth("2019-02", 10L, 3L, 0L, 76.9),
                new BoardReport.ChannelMonth("2019-03", 27L, 0L, 2L, 93.1));
        assertThat(report.channels().services()).filteredOn(row -> row.council().slug().equals("bromsgrove"))
                .singleElement().satisfies(row -> {
                    assertThat(row.service()).isEqualTo("fly-tipping");
                    assertThat(row.online()).isEqualTo(7);
                    assertThat(row.onlineShare()).isEqualTo(100.0);
                });
        assertThat(report.channels().services()).filteredOn(row -> row.council().slug().equals("redditch"))
                .extracting(BoardReport.ChannelService::phone).containsExactly(0L, null); // missed bins, fly-tipping
    }

    @Test
    void savingsShowTheirArithmeticWithThePartnershipFilesModel() {
        Savings savings = reports.partnership("worcestershire", ReportFixture.PERIOD).savings();

        assertThat(savings.model().setBy()).isEqualTo(CostModel.FILE);
        assertThat(savings.model().phonePence()).isEqualTo(283);
        assertThat(savings.visits()).isEqualTo(150);
        assertThat(savings.callsAvoided()).isEqualTo(30); // 20% of 150
        assertThat(savings.callsAvoidedValue()).isEqualTo(30 * 283);
        assertThat(savings.requests()).isEqualTo(42);
        assertThat(savings.allByPhoneCost()).isEqualTo(42 * 283);
        assertThat(savings.actualMixCost()).isEqualTo(37 * 20 + 3 * 283 + 2 * 1016);
        assertThat(savings.channelMixSaving()).isEqualTo(42 * 283 - (37 * 20 + 3 * 283 + 2 * 1016));
    }

    @Test
    void aCouncilsReportOverPartOfAMonthHidesEveryCountBelowFive() {
        BoardReport report = reports.council("worcester", ReportPeriod.parse("2019-03-01", "2019-03-20"));

        assertThat(report.council().slug()).isEqualTo("worcester");
        assertThat(report.councils()).singleElement().extracting(row -> row.council().slug()).isEqualTo("worcester");
        assertThat(report.totals().requests()).isEqualTo(20);
        assertThat(report.totals().handedOver()).isNull();
        assertThat(report.totals().duplicates()).isNull();
        assertThat(report.totals().formsStarted()).isNull();
        assertThat(report.totals().visits()).isZero();
        assertThat(report.months()).singleElement().extracting(row -> row.figures().duplicates()).isNull();
        // 20 days before: 9 to 28 February
        assertThat(report.previousPeriod()).isEqualTo(ReportPeriod.parse("2019-02-09", "2019-02-28"));
        // Its savings are its own: no visits through Worcester's profile in these days, and its channels.
        assertThat(report.savings().callsAvoided()).isZero();
        assertThat(report.savings().requests()).isEqualTo(20);
    }

    @Test
    void aCouncilsReportOverWholeMonthsShowsSmallCountsButNotItsChannels() {
        BoardReport report = reports.council("redditch", ReportFixture.PERIOD);

        assertThat(report.totals().handedOver()).isEqualTo(1);
        assertThat(report.totals().visits()).isEqualTo(100);
        assertThat(report.totals().phone()).isNull();
        assertThat(report.months().get(1).figures().handedOver()).isEqualTo(1);
        assertThat(report.months().get(1).figures().faceToFace()).isNull();
        // Use through Redditch's profile, wherever the page was; the tiles opened there were Bromsgrove's.
        assertThat(report.devices()).containsExactly(new BoardReport.DeviceRow("phone", 100L, 400L, 0L, 0L));
        assertThat(report.savings().channelMixSaving()).as("made from hidden channel counts").isNull();
        assertThat(report.savings().callsAvoided()).isEqualTo(20);
    }

    @Test
    void aReportTouchingDemoHistorySaysWhichDays() {
        assertThat(reports.partnership("worcestershire", ReportFixture.PERIOD).demoHistory()).containsExactly(
                new BoardReport.DemoDays("wyre-forest", LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 31)));
        assertThat(reports.partnership("worcestershire", ReportFixture.PERIOD).demo()).isTrue();
        assertThat(reports.council("redditch", ReportFixture.PERIOD).demo()).isFalse();
    }

    @Test
    void overdueNowIsLiveForTheWholeAndEachCouncilButNotForMonthsOrThePastPeriods() {
        BoardReport report = reports.partnership("worcestershire", ReportFixture.PERIOD);

        long overdue = report.partnership().members().stream()
                .mapToLong(council -> openRequests.overdueByService(council).values().stream().mapToLong(Long::longValue).sum())
                .sum();
        assertThat(report.totals().overdueNow()).isEqualTo(overdue);
        assertThat(report.councils()).allSatisfy(row -> assertThat(row.figures().overdueNow()).isNotNull());
        assertThat(report.months()).allSatisfy(row -> assertThat(row.figures().overdueNow()).isNull());
        assertThat(report.previous().overdueNow()).isNull();
        assertThat(report.yearBefore().overdueNow()).isNull();
    }

    private static Figures council(BoardReport report, String slug) {
        return report.councils().stream().filter(row -> row.council().slug().equals(slug)).findFirst().orElseThrow()
                .figures();
    }

    private static Figures service(BoardReport report, String council, String service) {
        return report.services().stream().filter(row -> row.council().slug().equals(council)
                && row.service().equals(service)).findFirst().orElseThrow().figures();
    }
}
