package uk.tierless.learning.forecast;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.identity.StaffPaths;
import uk.tierless.learning.Classes;
import uk.tierless.tenancy.CouncilDirectory;

/**
 * The forecast page of a council's staff, {@code /staff/forecasts} (docs/forecasts.md): next term's expected demand a
 * course, how the model did on past terms, and the classes likely to overfill or underfill. The council is the one in
 * the token.
 */
@Path(StaffPaths.HOME)
public class ForecastPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forecasts(ForecastPageView view);
    }

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Reach reach;

    @Inject
    CouncilDirectory councils;

    @Inject
    CourseForecasts forecasts;

    @Inject
    Classes classes;

    @GET
    @Path("forecasts")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        Staff staff = currentStaff.require();
        if (staff.council() == null) {
            throw ApiException.forbidden("Only a council's staff can see its course forecasts.");
        }
        String council = reach.councilStaff(staff.council()).council();
        return Templates.forecasts(ForecastPageView.of(councils.require(council).name(), forecasts.nextTerm(), forecasts.of(council),
                classes.courses(council), classes.classes(council, null, null, null)));
    }
}
