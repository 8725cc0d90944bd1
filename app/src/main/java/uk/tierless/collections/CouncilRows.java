package uk.tierless.collections;

import uk.tierless.imports.ImportFailedException;
import uk.tierless.imports.ImportProgress;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.Tier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What both bin-day imports share: the council they load for (named by {@code ?source=}, a council that collects
 * bins), the rows kept and the rows rejected by line, and the rule that a file more rejected than accepted changes
 * nothing.
 */
final class CouncilRows<T> {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    private final List<T> accepted = new ArrayList<>();
    private final List<ImportProgress.Rejection> rejected = new ArrayList<>();

    /** The council a bin-day file is for: one the register knows that collects bins (a district or unitary). */
    static CouncilView collectingCouncil(CouncilDirectory councils, String source) {
        CouncilView council = councils.bySlug(source).orElseThrow(() -> new ImportFailedException("Name the council"
                + " whose collections these are as the source (its slug, such as tamworth): '" + source
                + "' is not a council here."));
        if (council.tier() == Tier.COUNTY) {
            throw new ImportFailedException(council.name() + " is a county council: bins are collected by district and"
                    + " unitary councils, so name the council that collects them.");
        }
        return council;
    }

    /** A day as 2026-12-09 or 09/12/2026; null when it is neither. */
    static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    void accept(T row) {
        accepted.add(row);
    }

    void reject(long line, String reason) {
        rejected.add(new ImportProgress.Rejection(line, reason));
    }

    List<T> accepted() {
        return accepted;
    }

    /**
     * Reports the rejected rows by line, and fails the import when no row or fewer rows than were rejected are left:
     * such a file is the wrong one or a broken one, and loading its good rows would remove the rest.
     */
    void finish(ImportProgress progress, String what) {
        rejected.sort(Comparator.comparingLong(ImportProgress.Rejection::line));
        rejected.forEach(rejection -> progress.reject(rejection.line(), rejection.reason()));
        if (accepted.isEmpty() || rejected.size() > accepted.size()) {
            throw new ImportFailedException("The " + what + " file looks wrong: " + rejected.size() + " of its "
                    + (rejected.size() + accepted.size()) + " rows are rejected, so nothing was imported. Mend the rows"
                    + " named and import it again.");
        }
    }
}
