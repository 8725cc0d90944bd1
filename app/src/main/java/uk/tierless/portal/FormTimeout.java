package uk.tierless.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Whether this page is shown again because its form timed out ({@link ExpiredForms}); the layout then says so. */
@Named("formTimeout")
@RequestScoped
public class FormTimeout {

    private boolean expired;

    public boolean isExpired() {
        return expired;
    }

    public void expire() {
        expired = true;
    }
}
