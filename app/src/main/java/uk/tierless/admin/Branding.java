package uk.tierless.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.audit.AuditLog;
import uk.tierless.catalogue.ServiceOffers;
import uk.tierless.tenancy.BrandColour;
import uk.tierless.tenancy.CouncilBranding;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.LogoImage;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A council's branding as its administrators change it: the brand colour (tenancy's), the welcome on its profile
 * page (catalogue's) and the logo (tenancy's). Each change and its audit event commit together or not at all.
 */
@ApplicationScoped
public class Branding {

    /** The audit log's subject for every branding change. */
    public static final String SUBJECT = "branding";
    static final int MAX_WELCOME = 500;

    /** What the API answers and the page shows; {@code logo} is the logo's address, or null when there is none. */
    public record BrandingView(String council, String brandColour, String contrast, String welcome, String logo) {
    }

    /** What an administrator sends. */
    public record BrandingChange(String brandColour, String welcome) {
    }

    /** The branding as the audit log keeps it, before and after. */
    record Recorded(String brandColour, String welcome) {
    }

    /** A logo as the audit log keeps it: what it was, never the image itself. */
    record RecordedLogo(String mediaType, int bytes, Instant updatedAt) {
        static RecordedLogo of(CouncilBranding.Logo logo) {
            return new RecordedLogo(logo.mediaType(), logo.image().length, logo.updatedAt());
        }
    }

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilBranding branding;

    @Inject
    ServiceOffers offers;

    @Inject
    AuditLog auditLog;

    @Inject
    TenantScope tenantScope;

    public BrandingView of(String council) {
        String colour = councils.brandColour(council).orElse(null);
        return new BrandingView(council, colour,
                colour == null ? null : BrandColour.ratio(BrandColour.contrastWithWhite(colour)),
                offers.welcome(council).orElse(null),
                councils.logoChanged(council).isPresent() ? CouncilBranding.logoPath(council) : null);
    }

    /** Both fields are checked first: nothing changes unless both are right. */
    public BrandingView change(String council, BrandingChange change, String actor) {
        List<ApiError.FieldError> problems = problems(change);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.size() == 1 ? problems.get(0).message() + "."
                    : "The branding is not valid: see the details.", problems);
        }
        Recorded after = new Recorded(BrandColour.normal(change.brandColour()), change.welcome().trim());
        tenantScope.run(council, () -> {
            String colourBefore = branding.changeBrandColour(council, after.brandColour());
            String welcomeBefore = offers.changeWelcome(council, after.welcome()).orElse(null);
            auditLog.record(council, actor, "branding.changed", "Branding changed", SUBJECT,
                    new Recorded(colourBefore, welcomeBefore), after);
        });
        return of(council);
    }

    /** The upload is re-encoded before anything is stored; a refusal says why and changes nothing. */
    public BrandingView replaceLogo(String council, byte[] upload, String actor) {
        if (upload.length > LogoImage.MAX_BYTES) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                    "The logo must be 200 KB or smaller.", List.of(new ApiError.FieldError("logo",
                    "The logo must be 200 KB or smaller")));
        }
        LogoImage.Encoded encoded;
        try {
            encoded = LogoImage.reencode(upload);
        } catch (LogoImage.Refused e) {
            throw ApiException.invalid(e.getMessage() + ".", List.of(new ApiError.FieldError("logo", e.getMessage())));
        }
        tenantScope.run(council, () -> {
            Optional<CouncilBranding.Logo> before = branding.replaceLogo(council, encoded);
            CouncilBranding.Logo after = branding.logo(council).orElseThrow();
            auditLog.record(council, actor, "branding.logo-changed", "Logo changed", SUBJECT,
                    before.map(RecordedLogo::of).orElse(null), RecordedLogo.of(after));
        });
        return of(council);
    }

    private static List<ApiError.FieldError> problems(BrandingChange change) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        BrandColour.problem(change.brandColour())
                .ifPresent(problem -> problems.add(new ApiError.FieldError("brandColour", problem)));
        String welcome = change.welcome();
        if (welcome == null || welcome.isBlank()) {
            problems.add(new ApiError.FieldError("welcome", "Enter a welcome for your council's page"));
        } else if (welcome.trim().length() > MAX_WELCOME) {
            problems.add(new ApiError.FieldError("welcome", "The welcome must be " + MAX_WELCOME
                    + " characters or fewer; it has " + welcome.trim().length()));
        }
        return problems;
    }
}
