package uk.tierless.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** How one council offers one service in the portal. Shared data. */
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
}
