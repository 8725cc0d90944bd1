package uk.tierless.payments.govukpay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where GOV.UK Pay's API is (docs/payments.md), e.g. TIERLESS_GOVUK_PAY_BASE_URL; the tests point it at a stand-in. */
@ConfigMapping(prefix = "tierless.govuk-pay")
public interface GovUkPayConfig {

    @WithDefault("https://publicapi.payments.service.gov.uk")
    String baseUrl();

    /** How long a call may take, connecting and answering: past it the caller sees a 503, never a wait without end. */
    @WithDefault("10s")
    Duration timeout();
}
