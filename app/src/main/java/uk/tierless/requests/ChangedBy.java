package uk.tierless.requests;

import uk.tierless.identity.Staff;

/**
 * Who changes a request, and for which council: a member of its staff (the actor is their username) or its back
 * office through an integration key (the actor {@code back office: <client>}, also kept as the event's client so
 * that the back office's update ids are unique beside, and never clash with, an Open311 client's).
 */
record ChangedBy(String council, String actor, boolean backOffice) {

    static ChangedBy staff(Staff staff) {
        return new ChangedBy(staff.council(), staff.username(), false);
    }

    static ChangedBy backOffice(String council, String client) {
        return new ChangedBy(council, "back office: " + client, true);
    }
}
