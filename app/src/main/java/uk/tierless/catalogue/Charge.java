package uk.tierless.catalogue;

import java.util.List;

/** What a resident pays for their answers: the total in pence, a one-line description, its lines. */
public record Charge(long amount, String description, List<ChargeLine> lines) {
}
