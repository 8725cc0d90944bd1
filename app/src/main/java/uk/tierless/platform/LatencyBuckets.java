package uk.tierless.platform;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.LongStream;

/**
 * Latency buckets for the HTTP server's timer, so that Prometheus can work out percentiles by route
 * ({@code histogram_quantile(0.99, ...)}, docs/observability.md): a dozen fixed bounds from 1 ms to 10 s, enough to
 * tell a 5 ms answer from a 50 ms one, and few enough that a route costs a dozen series and a recording one search.
 */
public class LatencyBuckets {

    static final String HTTP_SERVER = "http.server.requests";
    private static final long[] BOUNDS_MILLIS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        double[] bounds = LongStream.of(BOUNDS_MILLIS).mapToDouble(millis -> Duration.ofMillis(millis).toNanos()).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(bounds).build().merge(config);
            }
        };
    }
}
