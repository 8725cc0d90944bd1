package uk.tierless.tenancy;

import java.util.List;

/** A partnership in the API: its member councils as slugs. */
public record PartnershipView(String slug, String name, List<String> members) {
}
