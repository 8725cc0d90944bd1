package uk.tierless.portal;

import uk.tierless.tenancy.CouncilView;

/**
 * A link to a council's own website, labelled for what it is: where neither the register nor the tenant files know
 * the site, the register points at GOV.UK's find-your-council page, and the label says so.
 */
public record CouncilLink(String name, String href, String label) {

    private static final String GOV_UK_FINDER = "https://www.gov.uk/find-local-council";

    static CouncilLink of(CouncilView council) {
        String label = council.website().startsWith(GOV_UK_FINDER)
                ? "Find " + council.name() + " on GOV.UK (the find your local council page)"
                : "Website of " + council.name();
        return new CouncilLink(council.name(), council.website(), label);
    }
}
