package uk.tierless.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.CurrentStaff;
import uk.tierless.identity.Staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a request reached the council, and who may say so. Residents file on the web or in an app; only a member of
 * council staff, signed in and filing for a caller or visitor, files by phone or face to face, and then always one
 * of those two (set from the sign-in, never taken from anyone else). An Open311 client's key files on {@code open311},
 * which no one claims through the JSON API. The API and the portal's pages both ask here.
 */
@ApplicationScoped
public class Channels {

    public static final String OPEN311 = "open311";
    public static final Set<String> ALL = Set.of("web", "app", "phone", "face_to_face", OPEN311);
    public static final Set<String> ASSISTED = Set.of("phone", "face_to_face");
    public static final String WEB = "web";
    static final String APP = "app";
    private static final String PHONE = "phone";

    @Inject
    CurrentStaff currentStaff;

    /** A member of council staff signed in and filing for a caller or visitor. */
    public Optional<Staff> assisting() {
        return currentStaff.get().filter(staff -> staff.council() != null && staff.worksFor(staff.council()));
    }

    /** The API's channel: the one asked for, else phone for staff and app for anyone else; a 400 if not theirs to claim. */
    public static String forApi(String asked, Optional<Staff> staff) {
        String channel = asked == null ? (staff.isPresent() ? PHONE : APP) : asked;
        if (OPEN311.equals(channel)) {
            throw ApiException.invalid("Requests on the open311 channel come through Open311, with a key.",
                    List.of(new ApiError.FieldError("channel", "channel open311 is for the Open311 endpoint (docs/open311.md)")));
        }
        if (ASSISTED.contains(channel) && staff.isEmpty()) {
            throw ApiException.invalid("Only council staff file requests by phone or face to face.",
                    List.of(new ApiError.FieldError("channel", "channel phone and face_to_face need a council staff token")));
        }
        if (staff.isPresent() && !ASSISTED.contains(channel)) {
            throw ApiException.invalid("Staff file requests for callers and visitors.",
                    List.of(new ApiError.FieldError("channel", "channel must be phone or face_to_face for council staff")));
        }
        return channel;
    }

    /** The portal's channel: the web for a resident; for staff, the one chosen on the contact page. */
    public static String forPage(String chosen, Optional<Staff> staff) {
        return staff.isPresent() ? assisted(chosen) : WEB;
    }

    /** How the resident reached the member of staff filing for them: phone unless they say face to face. */
    public static String assisted(String chosen) {
        return chosen != null && ASSISTED.contains(chosen) ? chosen : PHONE;
    }

    /** The council a request comes through: the staff member's own, else the one the caller names (checked later). */
    public static String origin(Optional<Staff> staff, String named) {
        return staff.map(Staff::council).orElse(named);
    }
}
