package uk.tierless.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One class of a course in a term's programme (changeset 2026-12-05-20); its code is its id outside. */
@Entity
@Table(name = "classes")
public class CourseClass extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    public Course course;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String venue;

    @Column(name = "venue_postcode", nullable = false)
    public String venuePostcode;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public int weeks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DayOfWeek day;

    @Column(name = "starts_at", nullable = false)
    public LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public LocalTime endsAt;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "registration_closes", nullable = false)
    public LocalDate registrationCloses;

    /** Term.id() of the term it starts in. */
    @Column(nullable = false)
    public String term;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    ClassView view(int taken) {
        return new ClassView(code, course.code, course.title, course.subject, venue, venuePostcode, startDate, weeks, day,
                startsAt, endsAt, capacity, Math.max(0, capacity - taken), course.fee, course.concessionFee,
                registrationCloses, term, cancelledAt != null);
    }
}
