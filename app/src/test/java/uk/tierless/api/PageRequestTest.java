package uk.tierless.api;

import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code ?page=&size=} as docs/api.md gives them: pages from 1, size 1 to 100, a message per field at fault. */
class PageRequestTest {

    @Test
    void theDefaultsAreTheFirstPageOfTwenty() {
        assertThat(params("1", "" + PageRequest.DEFAULT_SIZE).toRequest()).isEqualTo(new PageRequest(1, 20));
    }

    @Test
    void numbersAreReadWithTheSpacesAroundThemIgnored() {
        assertThat(params(" 3 ", "100").toRequest()).isEqualTo(new PageRequest(3, 100));
    }

    @Test
    void aPageBeforeTheFirstIsInvalidAndSaysWhy() {
        ApiError error = rejected(params("0", "20"));

        assertThat(error.error()).isEqualTo("invalid_request");
        assertThat(error.message()).isEqualTo("The paging parameters are not valid.");
        assertThat(error.details()).containsExactly(new ApiError.FieldError("page", "page must be a whole number from 1"));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        assertThat(rejected(params("two", "101")).details()).containsExactly(
                new ApiError.FieldError("page", "page must be a whole number from 1"),
                new ApiError.FieldError("size", "size must be a whole number from 1 to 100"));
    }

    @Test
    void aSizeOfNothingOrTooBigANumberIsInvalid() {
        assertThat(rejected(params("1", "0")).details()).extracting(ApiError.FieldError::field).containsExactly("size");
        assertThat(rejected(params("1", "99999999999")).details()).extracting(ApiError.FieldError::field)
                .containsExactly("size");
    }

    private static ApiError rejected(PageRequest.Params params) {
        ApiException rejection = catchThrowableOfType(ApiException.class, params::toRequest);
        assertThat(rejection.status()).isEqualTo(Status.BAD_REQUEST);
        return rejection.toError();
    }

    private static PageRequest.Params params(String page, String size) {
        PageRequest.Params params = new PageRequest.Params();
        params.page = page;
        params.size = size;
        return params;
    }
}
