package uk.tierless.routing;

import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.Tier;

/** {@code GET /api/v1/routing}: which council is responsible for a service at a place, and why, in one line. */
public record Responsibility(String service, Tier tier, CouncilView council, String reason) {
}
