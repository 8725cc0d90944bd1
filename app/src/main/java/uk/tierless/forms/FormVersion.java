package uk.tierless.forms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One published version of a council's form for a service; never changed once written. Shared data. */
@Entity
@Table(name = "form_versions")
public class FormVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "council_slug", nullable = false, updatable = false)
    public String councilSlug;

    @Column(name = "service_code", nullable = false, updatable = false)
    public String serviceCode;

    @Column(nullable = false, updatable = false)
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<Question> questions;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;
}
