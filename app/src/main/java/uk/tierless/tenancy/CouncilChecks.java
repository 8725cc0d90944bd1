package uk.tierless.tenancy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import static uk.tierless.tenancy.CouncilFileSection.Problems.blank;

/** Tenancy's own rules for the councils' tenant.yaml files: each council's fields, and those across councils. */
final class CouncilChecks {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GSS = Pattern.compile("[EWSN]\\d{8}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");
    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Map<String, TenantDefinition> councils;
    private final CouncilFileSection.Problems at;

    /** {@code councils}: the readable tenant files, by folder; {@code at}: problems in those files. */
    CouncilChecks(Map<String, TenantDefinition> councils, CouncilFileSection.Problems at) {
        this.councils = councils;
        this.at = at;
    }

    void checkFields(String folderName, TenantDefinition council) {
        if (blank(council.slug())) {
            at.add(folderName, "slug", "is missing: it must be the folder's name, '" + folderName + "'");
        } else if (!council.slug().equals(folderName)) {
            at.add(folderName, "slug", "'" + council.slug() + "' must equal the folder's name, '" + folderName + "'");
        } else if (!SLUG.matcher(council.slug()).matches()) {
            at.add(folderName, "slug", "must be lower-case words joined by hyphens, as on gov.uk");
        }
        at.required(folderName, "officialName", council.officialName());
        at.required(folderName, "shortName", council.shortName());
        at.matches(folderName, "gss", council.gss(), GSS, "a GSS code such as E07000199");
        if (council.tier() == null) {
            at.add(folderName, "tier", "is missing: use one of " + Tier.codes());
        }
        at.matches(folderName, "website", council.website(), CouncilFileSection.HTTPS_ADDRESS, "an https:// address");
        at.matches(folderName, "brandColour", council.brandColour(), COLOUR, "a colour such as \"#00703c\"");
        if (council.privacyNotice() != null) {
            at.matches(folderName, "privacyNotice", council.privacyNotice(), CouncilFileSection.HTTPS_ADDRESS,
                    "an https:// address");
        }
        at.matches(folderName, "referencePrefix", council.referencePrefix(), PREFIX, "2 to 5 capital letters such as TAM");
        if (council.validFrom() == null) {
            at.add(folderName, "validFrom", "is missing: the date the council came into being, such as 1974-04-01");
        }
        if (council.validTo() != null && council.validFrom() != null && council.validTo().isBefore(council.validFrom())) {
            at.add(folderName, "validTo", "is before validFrom");
        }
        if (council.validTo() != null && blank(council.successor())) {
            at.add(folderName, "successor", "is missing: a council that ends (validTo) hands over to a successor");
        }
    }

    void checkAcrossCouncils() {
        Map<String, TenantDefinition> bySlug = new HashMap<>();
        councils.values().forEach(council -> bySlug.putIfAbsent(council.slug(), council));
        unique("slug", TenantDefinition::slug);
        unique("gss", TenantDefinition::gss);
        unique("referencePrefix", TenantDefinition::referencePrefix);
        councils.forEach((folder, council) -> {
            if (council.tier() == Tier.DISTRICT) {
                if (blank(council.parent())) {
                    at.add(folder, "parent", "is missing: a district names its county's slug");
                } else {
                    TenantDefinition parent = bySlug.get(council.parent());
                    if (parent == null) {
                        at.add(folder, "parent", "'" + council.parent() + "' is not a council in this folder");
                    } else if (parent.tier() != Tier.COUNTY) {
                        at.add(folder, "parent", "'" + council.parent() + "' is a " + parent.tier().code()
                                + ", not a county");
                    }
                }
            } else if (council.tier() != null && !blank(council.parent())) {
                at.add(folder, "parent", "only a district has a parent county; a " + council.tier().code()
                        + " has none");
            }
            if (!blank(council.successor()) && !bySlug.containsKey(council.successor())) {
                at.add(folder, "successor", "'" + council.successor() + "' is not a council in this folder");
            }
        });
    }

    private void unique(String field, Function<TenantDefinition, String> value) {
        Map<String, String> seen = new HashMap<>();
        councils.forEach((folder, council) -> {
            String used = value.apply(council);
            if (!blank(used)) {
                String earlier = seen.putIfAbsent(used, folder);
                if (earlier != null) {
                    at.add(folder, field, "'" + used + "' is already used by " + at.fileOf(earlier));
                }
            }
        });
    }
}
