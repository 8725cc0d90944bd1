package uk.tierless.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.tierless.tenancy.Tier;

/** A kind of service a resident can use, with the tier of council that runs it by default. Shared data. */
@Entity
@Table(name = "service_types")
public class ServiceType extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(name = "default_tier", nullable = false)
    public Tier defaultTier;

    @Column(nullable = false)
    public int position;

    /** Residents' words for it beside its name, space-separated ("rubbish", "road hole"): search reads them. */
    @Column(nullable = false)
    public String synonyms;

    /** Whether its requests report something in a public place, whose location open data may show. */
    @Column(name = "public_place", nullable = false)
    public boolean publicPlace;
}
