package uk.tierless.payments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Payments' settings (docs/payments.md); each can be set by environment, e.g. TIERLESS_PAYMENTS_SANDBOX. */
@ConfigMapping(prefix = "tierless.payments")
public interface PaymentsConfig {

    /**
     * The sandbox provider: test payments on Tierless's own card page, for councils without a GOV.UK Pay account.
     * Off in production; make run, the demo scripts and the tests turn it on.
     */
    @WithDefault("false")
    boolean sandbox();

    /** A payment not finished this long after it was made is cancelled at the provider and settled as failed. */
    @WithDefault("90m")
    Duration expireAfter();

    /** How often the settle job reads the state of payments not yet settled. */
    @WithDefault("1m")
    String settleEvery();
}
