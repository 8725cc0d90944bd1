package uk.tierless.catalogue;

import java.util.Map;

/** The catalogue's groups of services in words, as the portal's headings and Open311's {@code group} show them. */
public final class ServiceGroups {

    private static final Map<String, String> TITLES = Map.of(
            "bins-and-recycling", "Bins and recycling",
            "roads-and-transport", "Roads and transport",
            "council-tax", "Council tax",
            "schools-and-learning", "Schools and learning",
            "births-deaths-marriages", "Births, deaths and marriages",
            "community-and-leisure", "Community and leisure",
            "report-a-problem", "Report a problem");

    private ServiceGroups() {
    }

    /** The group's title; a group without one shows its code. */
    public static String title(String group) {
        return TITLES.getOrDefault(group, group);
    }
}
