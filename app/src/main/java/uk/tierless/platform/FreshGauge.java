package uk.tierless.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers a gauge in place of any of the same name and tags. Micrometer's global registry outlives an application
 * that stops and starts again in one JVM (the tests do): its registering would hand back the old gauge, which goes
 * on reading the stopped application's objects.
 */
public final class FreshGauge {

    private FreshGauge() {
    }

    public static Gauge register(MeterRegistry registry, Gauge.Builder<?> gauge) {
        registry.remove(gauge.register(registry));
        return gauge.register(registry);
    }
}
