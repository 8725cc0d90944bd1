package uk.tierless.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The staff pages: who am I, signing in at one's own council's provider, and signing out. */
@Path(StaffPaths.HOME)
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Staff staff, String councilName, List<String> roles);

        static native TemplateInstance login(List<CouncilView> councils, String chosen, String error,
                                             boolean signInAvailable);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CouncilDirectory councils;

    @Inject
    TierlessConfig config;

    /**
     * Where signing in lands (the provider sends the browser back to the page it asked for, and the login page
     * asks for this one): council staff go on to their work queue, board members to their partnership's reports,
     * finance staff to their council's payments, anyone else to their account. Signed out, the
     * browser never gets here: the staff tenant sends it to sign in first.
     */
    @GET
    public Response home() {
        Staff staff = currentStaff.require();
        if (staff.worksForOwnCouncil()) {
            return Response.seeOther(URI.create(StaffPaths.QUEUE)).build();
        }
        if (staff.sitsOnBoard()) {
            return Response.seeOther(URI.create(StaffPaths.BOARD)).build();
        }
        if (staff.council() != null && staff.handlesMoneyOf(staff.council())) {
            return Response.seeOther(URI.create(StaffPaths.PAYMENTS)).build();
        }
        return Response.ok(account()).build();
    }

    /** Who I am: name, council, partnership and roles. */
    @GET
    @Path("/account")
    public TemplateInstance account() {
        Staff staff = currentStaff.require();
        String councilName = staff.councilSlug().map(slug -> councils.require(slug).name()).orElse(null);
        return Templates.home(staff, councilName, staff.roles().stream().sorted().toList());
    }

    /**
     * {@code ?council=<slug>} remembers the council, whose provider (its own, or the Tierless realm) signs the
     * browser in on the way to {@code /staff}; without it, a page to choose the council.
     */
    @GET
    @Path("/login")
    public Response login(@Context UriInfo uri) {
        List<CouncilView> members = councils.members();
        // The form sends council= when nothing was chosen: that is a mistake to explain, not a first visit.
        List<String> sent = uri.getQueryParameters().get("council");
        if (sent == null) {
            return Response.ok(Templates.login(members, null, null, config.identity().enabled())).build();
        }
        String council = sent.get(0) == null ? "" : sent.get(0).trim();
        Optional<CouncilView> chosen = members.stream().filter(c -> c.slug().equals(council)).findFirst();
        if (chosen.isEmpty()) {
            String error = council.isEmpty() ? "Choose the council you work for" : "Choose your council from the list";
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.login(members, null, error, config.identity().enabled())).build();
        }
        NewCookie remembered = new NewCookie.Builder(StaffPaths.COUNCIL_COOKIE)
                .value(chosen.get().slug())
                .path("/") // the service forms read it too, for staff filing for a caller
                .httpOnly(true)
                .secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(StaffPaths.HOME)).cookie(remembered).build();
    }

    /** The CSRF-checked form hands over to the OIDC logout, which ends the session at the provider too. */
    @POST
    @Path("/sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create(StaffPaths.SIGN_OUT_CALLBACK)).build();
    }
}
