package uk.tierless.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one error shape of docs/api.md, {@code {error, message, details}}, with the two errors that add a list. */
class ApiErrorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anErrorWithoutDetailsIsJustItsCodeAndMessage() throws Exception {
        String body = json.writeValueAsString(ApiException.notFound("There is no request TAM-1.").toError());

        assertThat(json.readValue(body, Map.class))
                .isEqualTo(Map.of("error", "not_found", "message", "There is no request TAM-1."));
    }

    @Test
    void theFieldsAtFaultAreListedUnderDetails() throws Exception {
        ApiException invalid = ApiException.invalid("The request is not valid.",
                List.of(new ApiError.FieldError("service", "service must be text")));

        assertThat(invalid.status()).isEqualTo(Status.BAD_REQUEST);
        assertThat(json.readValue(json.writeValueAsString(invalid.toError()), Map.class)).isEqualTo(Map.of(
                "error", "invalid_request", "message", "The request is not valid.",
                "details", List.of(Map.of("field", "service", "message", "service must be text"))));
    }

    @Test
    void aForbiddenCallIsA403() {
        ApiException forbidden = ApiException.forbidden("That is another council's.");

        assertThat(forbidden.status()).isEqualTo(Status.FORBIDDEN);
        assertThat(forbidden.toError()).isEqualTo(ApiError.of("forbidden", "That is another council's."));
    }

    @Test
    void anAmbiguousPlaceIsAConflictListingTheAddressesToChooseFrom() throws Exception {
        ApiException needed = ApiException.addressNeeded("Choose the address.", List.of(Map.of("uprn", "100031")));

        assertThat(needed.status()).isEqualTo(Status.CONFLICT);
        assertThat(json.readValue(json.writeValueAsString(needed.toError()), Map.class)).isEqualTo(Map.of(
                "error", "address_needed", "message", "Choose the address.", "addresses", List.of(Map.of("uprn", "100031"))));
    }

    @Test
    void aStatusThatCannotFollowIsAConflictListingTheAllowedOnes() throws Exception {
        ApiException invalid = ApiException.invalidTransition("A closed request cannot start again.", List.of("reopened"));

        assertThat(invalid.status()).isEqualTo(Status.CONFLICT);
        assertThat(json.readValue(json.writeValueAsString(invalid.toError()), Map.class)).isEqualTo(Map.of(
                "error", "invalid_transition", "message", "A closed request cannot start again.",
                "allowed", List.of("reopened")));
    }
}
