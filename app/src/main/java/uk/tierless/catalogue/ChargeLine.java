package uk.tierless.catalogue;

/**
 * One line of a charge: the fee's code and name, the unit amount in pence, how many, and their product. For an
 * amount the resident gives, the line's fee is {@value Charges#AMOUNT_GIVEN} and its name the charge's description.
 */
public record ChargeLine(String fee, String name, long unitAmount, int quantity, long amount) {
}
