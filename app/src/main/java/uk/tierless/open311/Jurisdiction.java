package uk.tierless.open311;

import uk.tierless.tenancy.CouncilView;

import java.util.List;

/**
 * What a {@code jurisdiction_id} names: one member council, or a partnership, whose councils are then chosen request by
 * request by the location. {@code councils} is the one council, or the partnership's members.
 */
public record Jurisdiction(String slug, String name, boolean partnership, List<CouncilView> councils) {

    public Jurisdiction {
        councils = List.copyOf(councils);
    }

    /** Whether requests to this council may be filed or read through this jurisdiction. */
    public boolean covers(String council) {
        return councils.stream().anyMatch(member -> member.slug().equals(council));
    }
}
