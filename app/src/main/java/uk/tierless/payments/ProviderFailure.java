package uk.tierless.payments;

import jakarta.ws.rs.core.Response.Status;
import uk.tierless.api.ApiException;

import java.util.List;

/** How a provider's trouble reaches the caller, in the API's error shape (docs/api.md): never a 500. */
public final class ProviderFailure {

    private ProviderFailure() {
    }

    /** The provider could not be reached, or did not answer in time: try again later. */
    public static ApiException unavailable() {
        return new ApiException(Status.SERVICE_UNAVAILABLE, "payment_provider_unavailable",
                "The payment provider cannot be reached just now. Nothing has been charged: try again in a few minutes.",
                List.of());
    }

    /** The provider answered with a fault, or with something Tierless cannot read. */
    public static ApiException badAnswer() {
        return new ApiException(Status.BAD_GATEWAY, "payment_provider_error",
                "The payment provider could not deal with this just now. Try again in a few minutes.", List.of());
    }
}
