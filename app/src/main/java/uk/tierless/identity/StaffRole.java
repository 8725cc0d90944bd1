package uk.tierless.identity;

import java.util.Set;

/** The roles of Tierless, as they appear in tokens ({@code realm_access.roles} in the Tierless realm). */
public final class StaffRole {

    public static final String CASEWORKER = "caseworker";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String BOARD = "board";
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** A council's finance staff: its payments, refunds and reconciliation, nothing of its requests' people. */
    public static final String FINANCE = "finance";

    /** Every role Tierless knows; any other role in a token is ignored. */
    public static final Set<String> ALL = Set.of(CASEWORKER, TENANT_ADMIN, BOARD, PLATFORM_ADMIN, FINANCE);

    /** The roles a council's own identity provider may grant: they reach that council and no further. */
    public static final Set<String> COUNCIL_SCOPED = Set.of(CASEWORKER, TENANT_ADMIN);

    private StaffRole() {
    }
}
