package uk.tierless.learning.forecast;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demand forecast's settings (docs/forecasts.md); each can be set by environment, e.g. TIERLESS_FORECASTS_SNAPSHOT_EVERY. */
@ConfigMapping(prefix = "tierless.forecasts")
public interface ForecastConfig {

    /** How often the terms begun since the last snapshot are recorded from the classes (and at every start). */
    @WithDefault("24h")
    String snapshotEvery();
}
