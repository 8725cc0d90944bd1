package uk.tierless.tenancy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

@ConfigMapping(prefix = "tierless")
public interface TenancyConfig {

    /** The folder of council and partnership files (configuration as code), relative to the working directory. */
    @WithDefault("tenants")
    Path tenantsDir();
}
