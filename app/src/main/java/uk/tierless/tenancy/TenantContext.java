package uk.tierless.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The council whose tenant-owned data the current unit of work may touch. Set only by {@link TenantScope}; read by
 * the Hibernate tenant resolver when a transaction's session opens.
 */
@RequestScoped
public class TenantContext {

    /** The tenant identifier when none is set: it matches no row, so a query without a council returns nothing. */
    public static final String NO_TENANT = "";

    private String council;

    public Optional<String> council() {
        return Optional.ofNullable(council);
    }

    void set(String council) {
        this.council = council;
    }
}
