package uk.tierless.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.List;

/**
 * How one council offers one service in the portal now: the projection of its latest published version (written
 * only through {@link ServiceOffers#apply}). Shared data.
 */
@Entity
@Table(name = "council_services")
@IdClass(CouncilService.Key.class)
public class CouncilService extends PanacheEntityBase {

    public record Key(String councilSlug, String serviceCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "council_slug")
    public String councilSlug;

    @Id
    @Column(name = "service_code")
    public String serviceCode;

    /** info, link or form. */
    @Column(nullable = false)
    public String mode;

    @Column(nullable = false)
    public String summary;

    public String link;

    /** For info services: the council's text in a safe Markdown subset. */
    public String content;

    @Column(nullable = false)
    public boolean pinned;

    @Column(nullable = false)
    public int position;

    /** A form service's target for its requests, in working days. */
    @Column(name = "target_days")
    public Integer targetDays;

    /** The standard replies staff choose from when updating a request. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PortalDefinition.Response> responses = List.of();

    /** Where a form service's requests go; null for Tierless's work queue alone. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Dispatch dispatch;

    /** What a form service charges; null for a free one. */
    @JdbcTypeCode(SqlTypes.JSON)
    public PaymentSettings payment;

    /** The published version this row shows; null for a row written before versions existed. */
    public Integer version;
}
