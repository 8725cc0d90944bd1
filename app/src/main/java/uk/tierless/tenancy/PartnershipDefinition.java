package uk.tierless.tenancy;

import java.math.BigDecimal;
import java.util.List;

/**
 * One partnership as written in {@code tenants/partnerships/<slug>.yaml}; the slug is the file's name. Its name,
 * short name, colour and welcome are what residents see before a council is known; {@code hosts} are the host names
 * its front door is served at; {@code costModel} (null where the file has none) is the board reports' cost per
 * contact.
 */
public record PartnershipDefinition(String slug, String name, String shortName, String brandColour, String welcome,
                                    List<String> hosts, List<String> members, List<Agreement> agreements,
                                    CostModel costModel) {

    /**
     * An agency agreement: in the areas of {@code councils}, the service {@code service} is run by {@code runBy}
     * (one district running another's bin collections, the county running a district service).
     */
    public record Agreement(String service, List<String> councils, String runBy) {
    }

    /**
     * What a contact costs by channel, in pounds (at most {@link #MOST_PER_CONTACT}, to the penny), and the share of
     * visits (0 to 100%) taken to avoid a telephone call; {@code source} says where the figures come from.
     */
    public record CostModel(BigDecimal faceToFace, BigDecimal phone, BigDecimal online, Integer avoidedCallShare,
                            String source) {

        /** More than this for one contact is taken for a mistake. */
        public static final BigDecimal MOST_PER_CONTACT = new BigDecimal("500");
    }

    /** The file's keys: the slug comes from the file name. */
    record File(String name, String shortName, String brandColour, String welcome, List<String> hosts,
                List<String> members, List<Agreement> agreements, CostModel costModel) {
    }
}
