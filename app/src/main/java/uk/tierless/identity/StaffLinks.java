package uk.tierless.identity;

import java.util.List;

/**
 * A feature's own pages in the staff header: a bean of each feature that has some says which of them a staff
 * member may open (a county's register offices, its classes), so a council's staff see only the pages that hold
 * something of their council's.
 */
public interface StaffLinks {

    /** The links for this staff member, none when the feature holds nothing of their council's. */
    List<StaffLink> linksFor(Staff staff);

    /**
     * A page in the staff header: {@code current}, the name a page passes to the header to mark itself;
     * {@code administration}, whether it sits with the administration pages (for tenant administrators).
     */
    record StaffLink(String current, String label, String href, boolean administration) {
    }
}
