package uk.tierless.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.LogoImage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The branding page of a council's administrators: {@code /admin/branding} (the council is the one they work for). */
@Path("/admin/branding")
@Produces(MediaType.TEXT_HTML)
public class BrandingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance branding(Branding.BrandingView branding, String brandColour, String welcome,
                                                Map<String, String> errors, String saved);
    }

    @Inject
    Reach reach;

    @Inject
    Branding branding;

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        Branding.BrandingView current = branding.of(reach.councilAdmin().council());
        return Templates.branding(current, current.brandColour(), current.welcome(), Map.of(),
                "logo".equals(saved) ? "Your new logo is live." : saved != null ? "Your branding is saved and live." : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(MultivaluedMap<String, String> posted) {
        Staff admin = reach.councilAdmin();
        String colour = posted.getFirst("brandColour");
        String welcome = posted.getFirst("welcome");
        try {
            branding.change(admin.council(), new Branding.BrandingChange(colour, welcome), admin.username());
            return Response.seeOther(URI.create("/admin/branding?saved=branding")).build();
        } catch (ApiException e) {
            return refused(admin, e, colour, welcome);
        }
    }

    @POST
    @Path("/logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response logo(MultipartFormDataInput posted) {
        Staff admin = reach.councilAdmin();
        FormValue file = posted.getValues().getOrDefault("logo", List.of()).stream()
                .filter(FormValue::isFileItem).findFirst().orElse(null);
        try {
            branding.replaceLogo(admin.council(), file == null ? new byte[0] : read(file), admin.username());
            return Response.seeOther(URI.create("/admin/branding?saved=logo")).build();
        } catch (ApiException e) {
            Branding.BrandingView current = branding.of(admin.council());
            return refused(admin, e, current.brandColour(), current.welcome());
        }
    }

    /** The page again with what was sent and each problem against its field; anything but bad input goes on up. */
    private Response refused(Staff admin, ApiException e, String colour, String welcome) {
        List<ApiError.FieldError> details = e.toError().details();
        if (details == null || details.isEmpty()) {
            throw e;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (ApiError.FieldError error : details) {
            errors.putIfAbsent(error.field(), error.message());
        }
        return Response.status(400).entity(Templates.branding(branding.of(admin.council()), colour, welcome, errors, null))
                .build();
    }

    private static byte[] read(FormValue file) {
        try (InputStream content = file.getFileItem().getInputStream()) {
            return content.readNBytes(LogoImage.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
