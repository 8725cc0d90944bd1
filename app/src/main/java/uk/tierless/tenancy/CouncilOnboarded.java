package uk.tierless.tenancy;

/**
 * Fired, after its transaction has committed, for each council created from the tenants folder, so that features
 * (the audit log) can note it without tenancy knowing them. {@code source} is the file it came from.
 */
public record CouncilOnboarded(String council, String source) {
}
