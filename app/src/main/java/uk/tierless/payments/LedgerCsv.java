package uk.tierless.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A ledger's payments as CSV for a spreadsheet: one header row, then a row a payment; amounts in pence and in pounds
 * ("25.00", no £ and no thousands separator, so a spreadsheet reads it as a number). Every cell is Tierless's or the
 * provider's (ids, references, codes), none typed by a resident, and is written as it is: a provider id may begin
 * with "-", and finance matches it exactly.
 */
final class LedgerCsv {

    static final String TYPE = "text/csv; charset=UTF-8";
    static final List<String> HEADER = List.of("id", "reference", "service", "provider_reference", "provider", "state",
            "amount_pence", "amount_pounds", "refunded_pence", "refunded_pounds", "taken_at", "taken_on");

    private LedgerCsv() {
    }

    static String of(Ledger ledger) {
        StringBuilder csv = new StringBuilder(row(HEADER.stream()));
        for (Ledger.Line line : ledger.payments()) {
            csv.append(row(Stream.of(line.id(), line.reference(), line.service(), line.providerReference(),
                    line.provider(), line.state().value(), Long.toString(line.amount()), pounds(line.amount()),
                    Long.toString(line.refunded()), pounds(line.refunded()), line.takenAt().toString(),
                    LocalDate.ofInstant(line.takenAt(), ReconciliationPeriod.LONDON).toString())));
        }
        return csv.toString();
    }

    /** The file's name: whose money and which days. */
    static String fileName(Ledger ledger) {
        return ledger.council() + "-payments-" + ledger.from() + "-to-" + ledger.to() + ".csv";
    }

    /** Pence as pounds with two decimals: 2500 is "25.00". */
    static String pounds(long pence) {
        return (pence < 0 ? "-" : "") + Math.abs(pence / 100) + "." + String.format("%02d", Math.abs(pence % 100));
    }

    private static String row(Stream<String> cells) {
        return cells.map(LedgerCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("[^,\"\\r\\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
