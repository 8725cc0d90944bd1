package uk.tierless.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.PartnershipView;

import java.time.LocalDate;
import java.util.List;

/**
 * A board report as the API answers it and the pages show it: anonymous figures only, suppression applied
 * ({@code suppressedBelow}). {@code council} is null for a partnership's report; {@code previous} and
 * {@code yearBefore} are the totals of {@link ReportPeriod#previous()} and {@link ReportPeriod#yearBefore()}
 * (their days in {@code previousPeriod} and {@code yearBeforePeriod}). {@code savings} is null and use is null for
 * a caseworker ({@link #operationalOnly()}).
 */
public record BoardReport(PartnershipView partnership, CouncilView council, LocalDate from, LocalDate to,
                          int suppressedBelow, boolean demo, List<DemoDays> demoHistory, Figures totals,
                          Figures previous, ReportPeriod previousPeriod, Figures yearBefore,
                          ReportPeriod yearBeforePeriod, List<CouncilRow> councils, List<ServiceRow> services,
                          List<MonthRow> months, List<DeviceRow> devices, Channels channels, Savings savings) {

    /** The days of generated demo history of one council that this report touches. */
    public record DemoDays(String council, LocalDate firstDay, LocalDate lastDay) {
    }

    public record CouncilRow(CouncilView council, @JsonUnwrapped Figures figures) {
    }

    public record ServiceRow(String service, String serviceName, CouncilView council, @JsonUnwrapped Figures figures) {
    }

    /** {@code month} as {@code 2026-07}. */
    public record MonthRow(String month, @JsonUnwrapped Figures figures) {
    }

    /** Use by device class: {@code phone}, {@code tablet} or {@code desktop}. */
    public record DeviceRow(String device, Long visits, Long pageViews, Long formsStarted, Long formsSubmitted) {
    }

    /** Requests received by channel: online (web and app), phone and face to face (filed by staff). */
    public record Channels(Long online, Long phone, Long faceToFace, Double onlineShare, List<ChannelMonth> months,
                           List<ChannelService> services) {
    }

    public record ChannelMonth(String month, Long online, Long phone, Long faceToFace, Double onlineShare) {
    }

    public record ChannelService(String service, String serviceName, CouncilView council, Long online, Long phone,
                                 Long faceToFace, Double onlineShare) {
    }

    /** What a caseworker sees: the same report without use, devices and savings. */
    public BoardReport operationalOnly() {
        return new BoardReport(partnership, council, from, to, suppressedBelow, demo, demoHistory,
                totals.operationalOnly(), previous.operationalOnly(), previousPeriod, yearBefore.operationalOnly(),
                yearBeforePeriod,
                councils.stream().map(row -> new CouncilRow(row.council(), row.figures().operationalOnly())).toList(),
                services.stream().map(row -> new ServiceRow(row.service(), row.serviceName(), row.council(),
                        row.figures().operationalOnly())).toList(),
                months.stream().map(row -> new MonthRow(row.month(), row.figures().operationalOnly())).toList(),
                List.of(), channels, null);
    }
}
