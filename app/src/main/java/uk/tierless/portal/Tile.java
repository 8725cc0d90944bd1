package uk.tierless.portal;

import uk.tierless.tenancy.CouncilView;

/**
 * A service as a resident sees it: what it is, which council runs it where they live, and how that council offers
 * it ({@code mode}: info, link or form; {@code link} for a link, or the non-member council's own site).
 * {@code large}: one of the most used services where they live, shown as a bigger tile.
 */
public record Tile(String code, String name, String group, CouncilView council, String mode, String link,
                   String summary, boolean pinned, boolean large) {

    Tile sized(boolean large) {
        return new Tile(code, name, group, council, mode, link, summary, pinned, large);
    }
}
