package uk.tierless.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.LocalDate;

/**
 * A council's changed collection day (around a bank holiday): every collection of that bin (or of every bin,
 * {@code all}) due on the usual date comes on the changed date instead (changeset 2026-12-07-10).
 */
@Entity
@Table(name = "collection_changes")
public class CollectionChange extends TenantOwned {

    static final String ALL = "all";

    @Column(nullable = false)
    public String bin;

    @Column(name = "usual_date", nullable = false)
    public LocalDate usualDate;

    @Column(name = "changed_date", nullable = false)
    public LocalDate changedDate;

    Schedule.Change change() {
        return new Schedule.Change(ALL.equals(bin) ? null : Bin.fromCode(bin).orElseThrow(), usualDate, changedDate);
    }
}
