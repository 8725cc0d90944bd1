package uk.tierless.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentStaff currentStaff;

    /** Who the token says I am: council for council staff, partnership for board members. */
    @GET
    public Me me() {
        Staff staff = currentStaff.require();
        return new Me(staff.username(), staff.council(), staff.partnership(), staff.roles().stream().sorted().toList());
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Me(String username, String council, String partnership, List<String> roles) {
    }
}
