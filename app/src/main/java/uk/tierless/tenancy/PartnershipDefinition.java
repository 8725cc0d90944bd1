package uk.tierless.tenancy;

import java.util.List;

/**
 * One partnership as written in {@code tenants/partnerships/<slug>.yaml}; the slug is the file's name. Its name,
 * short name, colour and welcome are what residents see before a council is known; {@code hosts} are the host names
 * its front door is served at.
 */
public record PartnershipDefinition(String slug, String name, String shortName, String brandColour, String welcome,
                                    List<String> hosts, List<String> members, List<Agreement> agreements) {

    /**
     * An agency agreement: in the areas of {@code councils}, the service {@code service} is run by {@code runBy}
     * (one district running another's bin collections, the county running a district service).
     */
    public record Agreement(String service, List<String> councils, String runBy) {
    }

    /** The file's keys: the slug comes from the file name. */
    record File(String name, String shortName, String brandColour, String welcome, List<String> hosts,
                List<String> members, List<Agreement> agreements) {
    }
}
