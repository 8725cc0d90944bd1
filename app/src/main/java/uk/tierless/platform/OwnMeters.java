package uk.tierless.platform;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * The gauges a bean registers, to remove when the bean is destroyed. Micrometer's global registry outlives an
 * application that stops and starts again in one JVM (the tests do): a gauge left there would go on reading the
 * stopped application's beans, and a new one of the same name would not replace it.
 */
public final class OwnMeters {

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    public OwnMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A meter just registered with this registry, kept to remove. */
    public synchronized void keep(Meter meter) {
        meters.add(meter);
    }

    public synchronized void removeAll() {
        meters.forEach(registry::remove);
        meters.clear();
    }
}
