package uk.tierless.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.tierless.tenancy.TenantOwned;

import java.util.List;
import java.util.Optional;

/** One of a council's register offices (changeset 2026-12-05-10); {@code code} is its id in the API ("stafford"). */
@Entity
@Table(name = "appointment_offices")
public class RegisterOffice extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(name = "opening_times", nullable = false)
    public String openingTimes;

    /** The order the council lists its offices in. */
    @Column(nullable = false)
    public int position;

    static List<RegisterOffice> inOrder() {
        return RegisterOffice.list("order by position, name");
    }

    static Optional<RegisterOffice> byCode(String code) {
        return RegisterOffice.find("code", code).firstResultOptional();
    }

    OfficeView view() {
        return new OfficeView(code, name, address, openingTimes);
    }
}
