package uk.tierless.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.payments.govukpay.GovUkPayAccounts;
import uk.tierless.payments.govukpay.GovUkPayProvider;
import uk.tierless.payments.sandbox.SandboxProvider;

import java.util.Optional;

/** Which provider takes a council's payments: its own GOV.UK Pay account, else the sandbox if on, else none. */
@ApplicationScoped
class Providers {

    @Inject
    GovUkPayAccounts govUkPayAccounts;

    @Inject
    GovUkPayProvider govUkPay;

    @Inject
    SandboxProvider sandbox;

    @Inject
    PaymentsConfig config;

    Optional<PaymentProvider> forCouncil(String council) {
        if (govUkPayAccounts.of(council).isPresent()) {
            return Optional.of(govUkPay);
        }
        return config.sandbox() ? Optional.of(sandbox) : Optional.empty();
    }

    /** The provider a payment was made with, by the name its row keeps. */
    PaymentProvider named(String name) {
        return switch (name) {
            case GovUkPayProvider.NAME -> govUkPay;
            case SandboxProvider.NAME -> sandbox;
            default -> throw new IllegalStateException("No payment provider " + name);
        };
    }
}
