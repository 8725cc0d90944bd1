package uk.tierless.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

/** A council's adult-learning course (changeset 2026-12-05-20). Fees in pence; no fee: free. */
@Entity
@Table(name = "courses")
public class Course extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String description;

    public Long fee;

    @Column(name = "concession_fee")
    public Long concessionFee;

    /** Who qualifies for the concession, in the council's words. */
    @Column(name = "concession_rule")
    public String concessionRule;

    CourseView view() {
        return new CourseView(code, title, subject, description);
    }
}
