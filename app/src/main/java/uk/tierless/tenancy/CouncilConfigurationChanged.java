package uk.tierless.tenancy;

/**
 * A council's configuration (its branding, for now) changed, here or on another instance: caches of it reload.
 * Observers see it once the change has committed. {@code council} is null when any council's may have changed (the
 * listener lost its connection for a while and missed what happened meanwhile).
 */
public record CouncilConfigurationChanged(String council) {

    static CouncilConfigurationChanged anyCouncil() {
        return new CouncilConfigurationChanged(null);
    }
}
