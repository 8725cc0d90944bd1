package uk.tierless.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Tierless's own settings (README.md, Configuration); each can be set by environment, e.g. TIERLESS_TENANTS_DIR. */
@ConfigMapping(prefix = "tierless")
public interface TierlessConfig {

    /** The folder of council and partnership files (configuration as code), relative to the working directory. */
    @WithDefault("tenants")
    Path tenantsDir();

    /** Mark session and CSRF cookies Secure: set it behind a TLS-terminating proxy. */
    @WithDefault("false")
    boolean secureCookies();

    Identity identity();

    /**
     * A folder of demo data (ops/demo) loaded into an empty gazetteer at start: make run and the tests set it;
     * production leaves it unset and loads real data with the importers.
     */
    Optional<Path> demoDataDir();

    interface Identity {
        /** Whether staff sign-in is configured: set by the launcher when it has a provider, or by the operator. */
        @WithDefault("false")
        boolean enabled();
    }
}
