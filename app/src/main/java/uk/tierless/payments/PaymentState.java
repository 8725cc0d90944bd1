package uk.tierless.payments;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/** The states of GOV.UK Pay's API, in its words (JSON: lowercase). finished(): success, failed, cancelled, error. */
public enum PaymentState {
    CREATED, STARTED, SUBMITTED, CAPTURABLE, SUCCESS, FAILED, CANCELLED, ERROR;

    /** Whether the payment can change no more: the provider took the money, or never will. */
    public boolean finished() {
        return this == SUCCESS || this == FAILED || this == CANCELLED || this == ERROR;
    }

    /** The state as GOV.UK Pay and the API write it. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state a provider named, if it is one of these. */
    public static Optional<PaymentState> of(String value) {
        for (PaymentState state : values()) {
            if (state.value().equals(value)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
