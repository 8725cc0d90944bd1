package uk.tierless.reports;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A report's sums as read, before suppression: the whole, by council, by council and service, by month, by device. */
final class ReportCells {

    /** A service of one council. */
    record ServiceKey(String council, String service) {
    }

    final Counts totals = new Counts();
    final Map<String, Counts> councils = new HashMap<>();
    final Map<ServiceKey, Counts> services = new HashMap<>();
    final TreeMap<YearMonth, Counts> months = new TreeMap<>();
    final TreeMap<String, Counts> devices = new TreeMap<>();

    Counts council(String council) {
        return councils.computeIfAbsent(council, key -> new Counts());
    }

    Counts service(String council, String service) {
        return services.computeIfAbsent(new ServiceKey(council, service), key -> new Counts());
    }

    /** The month's cell, or a cell that is thrown away when the rows were read without months. */
    Counts month(YearMonth month) {
        return month == null ? new Counts() : months.computeIfAbsent(month, key -> new Counts());
    }

    Counts device(String device) {
        return device.isEmpty() ? new Counts() : devices.computeIfAbsent(device, key -> new Counts());
    }
}
