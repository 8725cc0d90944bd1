package uk.tierless.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tenancy's part of a council's branding: its brand colour (a column of councils) and its logo (council_logos).
 * Each change joins the caller's transaction, so it commits with the audit event that records it, and tells the
 * caches of council configuration on every instance once it has committed ({@link ConfigurationChanges}).
 */
@ApplicationScoped
public class CouncilBranding {

    /** A logo as stored: already re-encoded by {@link LogoImage}. */
    public record Logo(String mediaType, byte[] image, Instant updatedAt) {
    }

    @Inject
    ConfigurationChanges changes;

    /** Where the council's logo is served: the address stays the same when the logo changes. */
    public static String logoPath(String council) {
        return "/brand/" + council + "/logo";
    }

    @Inject
    Clock clock;

    /** Sets the council's brand colour, which {@link BrandColour#problem} has passed; answers the one it had. */
    public String changeBrandColour(String council, String colour) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Council row = Council.findById(council);
            String before = row.brandColour;
            row.brandColour = BrandColour.normal(colour);
            changes.announce(council);
            return before;
        });
    }

    public Optional<Logo> logo(String council) {
        return QuarkusTransaction.joiningExisting().call(() -> CouncilLogo.<CouncilLogo>findByIdOptional(council)
                .map(logo -> new Logo(logo.mediaType, logo.image, logo.updatedAt)));
    }

    /** Puts this re-encoded logo in place of the council's; answers the one it had. */
    public Optional<Logo> replaceLogo(String council, LogoImage.Encoded encoded) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            CouncilLogo logo = CouncilLogo.findById(council);
            Optional<Logo> before = Optional.ofNullable(logo).map(l -> new Logo(l.mediaType, l.image, l.updatedAt));
            if (logo == null) {
                logo = new CouncilLogo();
                logo.councilSlug = council;
            }
            logo.mediaType = encoded.mediaType();
            logo.image = encoded.image();
            logo.updatedAt = Instant.now(clock);
            logo.persist();
            changes.announce(council);
            return before;
        });
    }
}
