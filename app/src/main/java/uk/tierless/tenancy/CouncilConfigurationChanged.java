package uk.tierless.tenancy;

/**
 * A council's configuration (its branding, for now) changed: caches of it reload. Fired after the change commits.
 */
public record CouncilConfigurationChanged(String council) {
}
