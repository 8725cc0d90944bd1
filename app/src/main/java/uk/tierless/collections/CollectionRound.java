package uk.tierless.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.LocalDate;

/** One bin stream of one address: collected every week or fortnight from its first date (changeset 2026-12-07-10). */
@Entity
@Table(name = "collection_rounds")
public class CollectionRound extends TenantOwned {

    @Column(nullable = false)
    public long uprn;

    /** {@link Bin#code()}. */
    @Column(nullable = false)
    public String bin;

    /** {@link Frequency#code()}. */
    @Column(nullable = false)
    public String pattern;

    @Column(name = "first_date", nullable = false)
    public LocalDate firstDate;

    Schedule.Round round() {
        return new Schedule.Round(Bin.fromCode(bin).orElseThrow(), Frequency.fromCode(pattern).orElseThrow(), firstDate);
    }
}
