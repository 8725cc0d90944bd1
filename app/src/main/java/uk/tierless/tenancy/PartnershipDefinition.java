package uk.tierless.tenancy;

import java.util.List;

/** One partnership as written in {@code tenants/partnerships/<slug>.yaml}; the slug is the file's name. */
public record PartnershipDefinition(String slug, String name, List<String> members) {

    /** The file's keys: the slug comes from the file name. */
    record File(String name, List<String> members) {
    }
}
