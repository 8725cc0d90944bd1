package uk.tierless.learning.forecast;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A course's demand in one term as recorded for the forecast: places taken, those left waiting, places offered.
 * Tenant-owned; one row per course and term; generated rows are the demo's made-up history.
 */
@Entity
@Table(name = "course_term_demand")
public class CourseTermDemand extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String course;

    /** The term's id, "2026-autumn". */
    @Column(nullable = false, updatable = false)
    public String term;

    @Column(nullable = false)
    public int registrations;

    @Column(nullable = false)
    public int waiting;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public boolean generated;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public int demand() {
        return registrations + waiting;
    }
}
