package uk.tierless.requests;

import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact checks that the API and the form's contact page share. */
class ContactCheckTest {

    @Test
    void blankDetailsAndUsableOnesPass() {
        assertThat(ContactCheck.errors(null, null)).isEmpty();
        assertThat(ContactCheck.errors("  ", "")).isEmpty();
        assertThat(ContactCheck.errors("sam@example.com", "01827 709709")).isEmpty();
    }

    @Test
    void eachUnusableDetailIsNamedWithAnExample() {
        assertThat(ContactCheck.errors("sam at example", "call me")).extracting(ApiError.FieldError::field)
                .containsExactly("contact.email", "contact.phone");
        assertThat(ContactCheck.errors(null, "12")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("01827 709709"));
    }
}
