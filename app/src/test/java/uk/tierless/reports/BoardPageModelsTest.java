package uk.tierless.reports;

import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of the board's pages that need no figures: the period chooser, how figures are written, sorting. */
class BoardPageModelsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void withNothingChosenThePeriodIsLastQuarterAndTheListOffersQuartersMonthsAndFinancialYears() {
        PeriodChoice choice = PeriodChoice.of(null, null, null, TODAY);
        assertThat(choice.period()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(choice.chosen()).isEqualTo("2026-Q3");
        assertThat(choice.query()).isEqualTo("period=2026-Q3");
        assertThat(choice.groups()).extracting(PeriodChoice.Group::label)
                .containsExactly("Quarters", "Months", "Financial years (April to March)");
        List<PeriodChoice.Option> quarters = choice.groups().get(0).options();
        assertThat(quarters).hasSize(PeriodChoice.QUARTERS);
        assertThat(quarters.get(0).label()).isEqualTo("October to December 2026");
        assertThat(quarters.get(1)).isEqualTo(new PeriodChoice.Option("2026-Q3", "July to September 2026", true));
        assertThat(choice.groups().get(1).options().get(0).value()).isEqualTo("2026-12");
        assertThat(choice.groups().get(2).options().get(0))
                .isEqualTo(new PeriodChoice.Option("FY2026", "April 2026 to March 2027", false));
    }

    @Test
    void aMonthAFinancialYearOrDatesCanBeChosen() {
        assertThat(PeriodChoice.of("2026-02", null, null, TODAY).period())
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(PeriodChoice.of("FY2025", "", "", TODAY).period())
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        PeriodChoice dates = PeriodChoice.of("2026-Q3", "2026-01-05", "2026-01-18", TODAY);
        assertThat(dates.period()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 18)));
        assertThat(dates.chosen()).isNull();
        assertThat(dates.query()).isEqualTo("from=2026-01-05&to=2026-01-18");
    }

    @Test
    void aPeriodNotInTheListOrBadDatesAreRefusedNamingTheField() {
        for (String wrong : List.of("2026-13", "2026-Q5", "last-week", "FY20x6")) {
            assertThatThrownBy(() -> PeriodChoice.of(wrong, null, null, TODAY))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status().getStatusCode()).isEqualTo(400);
                        assertThat(e.toError().details()).extracting(d -> d.field()).containsExactly("period");
                    });
        }
        assertThatThrownBy(() -> PeriodChoice.of(null, "2026-02-30", "", TODAY))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.toError().details())
                        .extracting(d -> d.field()).containsExactly("from", "to"));
    }

    @Test
    void figuresAreWrittenWithSeparatorsSuppressionAndSignedChanges() {
        assertThat(Shown.count(12345L)).isEqualTo("12,345");
        assertThat(Shown.count(null)).isEqualTo("fewer than 5");
        assertThat(Shown.percent(70.0)).isEqualTo("70.0%");
        assertThat(Shown.percent(null)).isEqualTo("–");
        assertThat(Shown.pounds(283L)).isEqualTo("£2.83");
        assertThat(Shown.pounds(123456789L)).isEqualTo("£1,234,567.89");
        assertThat(Shown.pounds(-1016L)).isEqualTo("−£10.16");
        assertThat(Shown.change(105L, 100L)).isEqualTo("+5 (+5.0%)");
        assertThat(Shown.change(1000L, 1200L)).isEqualTo("−200 (−16.7%)");
        assertThat(Shown.change(7L, 0L)).isEqualTo("+7");
        assertThat(Shown.change(7L, 7L)).isEqualTo("no change");
        assertThat(Shown.change(7L, null)).isEqualTo("–");
        assertThat(Shown.pointsChange(70.0, 62.5)).isEqualTo("+7.5 points");
        assertThat(Shown.pointsChange(60.0, 62.5)).isEqualTo("−2.5 points");
    }

    @Test
    void aTableSortsByTheChosenColumnWithMissingFiguresLastAndItsHeadingsLinkToTheOtherOrder() {
        List<SortableTable.Column> columns = List.of(new SortableTable.Column("council", "Council", false),
                new SortableTable.Column("visits", "Visits", true));
        List<List<SortableTable.Cell>> rows = List.of(
                List.of(SortableTable.Cell.text("Tamworth"), SortableTable.Cell.count(40L)),
                List.of(SortableTable.Cell.text("Lichfield"), SortableTable.Cell.count(null)),
                List.of(SortableTable.Cell.text("Stafford"), SortableTable.Cell.count(90L)));

        SortableTable asGiven = SortableTable.of("councils", "By council", columns, rows, "services.visits", "asc",
                "period=2026-Q3");
        assertThat(asGiven.rows()).extracting(row -> row.get(0).text()).containsExactly("Tamworth", "Lichfield", "Stafford");
        assertThat(asGiven.headings()).extracting(SortableTable.Heading::ariaSort).containsOnlyNulls();
        assertThat(asGiven.headings().get(1).href()).isEqualTo("?period=2026-Q3&sort=councils.visits&dir=desc#councils");

        SortableTable byVisits = SortableTable.of("councils", "By council", columns, rows, "councils.visits", "desc",
                "period=2026-Q3");
        assertThat(byVisits.rows()).extracting(row -> row.get(1).text()).containsExactly("90", "40", "fewer than 5");
        assertThat(byVisits.headings().get(1).ariaSort()).isEqualTo("descending");
        assertThat(byVisits.headings().get(1).href()).endsWith("sort=councils.visits&dir=asc#councils");
        assertThat(SortableTable.of("councils", "By council", columns, rows, "councils.visits", "asc", "")
                .rows()).extracting(row -> row.get(1).text()).containsExactly("40", "90", "fewer than 5");

        SortableTable byName = SortableTable.of("councils", "By council", columns, rows, "councils.council", "asc", "");
        assertThat(byName.rows()).extracting(row -> row.get(0).text()).containsExactly("Lichfield", "Stafford", "Tamworth");
        assertThat(byName.headings().get(0).ariaSort()).isEqualTo("ascending");
        assertThat(byName.headings().get(0).href()).isEqualTo("?sort=councils.council&dir=desc#councils");
    }
}
