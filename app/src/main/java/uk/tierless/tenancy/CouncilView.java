package uk.tierless.tenancy;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The council object of the API, the same everywhere: {@code parent} (a district's county) and {@code partnership}
 * are slugs and appear only where present.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncilView(String slug, String name, String shortName, String gss, Tier tier, boolean member,
                          String website, String parent, String partnership) {

    static CouncilView of(Council council) {
        return new CouncilView(council.slug, council.officialName, council.shortName, council.gss, council.tier,
                council.member, council.website, council.parentSlug, council.partnershipSlug);
    }
}
