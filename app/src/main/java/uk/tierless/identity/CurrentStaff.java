package uk.tierless.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The person making this request, if they are signed in. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityIdentity identity;

    public Optional<Staff> get() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(Staff.IDENTITY_ATTRIBUTE));
    }

    /** The signed-in person, or a 401. */
    public Staff require() {
        return get().orElseThrow(() -> new UnauthorizedException("Sign in to use this."));
    }
}
