package uk.tierless.requests;

import uk.tierless.api.ApiError;
import uk.tierless.forms.Answers;

import java.util.ArrayList;
import java.util.List;

/**
 * The contact details given for updates on a request: either may be left blank, but one that is given must be an
 * email address or a phone number we can use. The API and the form's contact page both check with this.
 */
public final class ContactCheck {

    private ContactCheck() {
    }

    /** A field error for each detail given that cannot be used; none when both are fine or blank. */
    public static List<ApiError.FieldError> errors(String email, String phone) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        if (email != null && !email.isBlank() && !Answers.isEmail(email)) {
            errors.add(new ApiError.FieldError("contact.email", "Enter an email address, like name@example.com"));
        }
        if (phone != null && !phone.isBlank() && !Answers.isPhone(phone)) {
            errors.add(new ApiError.FieldError("contact.phone", "Enter a phone number, like 01827 709709"));
        }
        return errors;
    }
}
