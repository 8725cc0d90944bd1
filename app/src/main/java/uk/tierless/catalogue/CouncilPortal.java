package uk.tierless.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A council's own entrance to the portal (/c/{slug}): its welcome to residents. Shared data. */
@Entity
@Table(name = "council_portals")
public class CouncilPortal extends PanacheEntityBase {

    @Id
    @Column(name = "council_slug")
    public String councilSlug;

    @Column(nullable = false)
    public String welcome;
}
