package uk.tierless.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as Tierless understands them: their council (for council staff) or partnership (for board
 * members) always comes from the token and its issuer, never from a request parameter.
 */
public record Staff(String username, String displayName, String council, String partnership, Set<String> roles) {

    /** The attribute of the Quarkus SecurityIdentity that carries this record. */
    public static final String IDENTITY_ATTRIBUTE = "tierless.staff";

    /** Tierless itself, as the council's actor in the audit log for what a job does for it (an automatic refund). */
    public static Staff tierless(String council) {
        return new Staff("tierless", "Tierless", council, null, Set.of());
    }

    public Optional<String> councilSlug() {
        return Optional.ofNullable(council);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Caseworker or tenant administrator of exactly this council. */
    public boolean worksFor(String councilSlug) {
        return councilSlug.equals(council) && roles.stream().anyMatch(StaffRole.COUNCIL_SCOPED::contains);
    }

    /** Caseworker or tenant administrator of the council in their token: the work queue is theirs. */
    public boolean worksForOwnCouncil() {
        return council != null && worksFor(council);
    }

    /** A board member of the partnership in their token: its reports are theirs. */
    public boolean sitsOnBoard() {
        return partnership != null && has(StaffRole.BOARD);
    }

    /** Tenant administrator or finance staff of exactly this council: its payments and refunds are theirs. */
    public boolean handlesMoneyOf(String councilSlug) {
        return councilSlug.equals(council) && (has(StaffRole.TENANT_ADMIN) || has(StaffRole.FINANCE));
    }

    /** Tenant administrator of the council in their token: its dead letters are theirs. */
    public boolean administersOwnCouncil() {
        return council != null && has(StaffRole.TENANT_ADMIN);
    }
}
