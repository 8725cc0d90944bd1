package uk.tierless.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiles under one of the catalogue's groups, in the order the tiles come (pinned first). */
public record TileGroup(String title, List<Tile> tiles) {

    private static final Map<String, String> TITLES = Map.of(
            "bins-and-recycling", "Bins and recycling",
            "roads-and-transport", "Roads and transport",
            "council-tax", "Council tax",
            "schools-and-learning", "Schools and learning",
            "births-deaths-marriages", "Births, deaths and marriages",
            "community-and-leisure", "Community and leisure",
            "report-a-problem", "Report a problem");

    public static List<TileGroup> of(List<Tile> tiles) {
        Map<String, List<Tile>> groups = new LinkedHashMap<>();
        tiles.forEach(tile -> groups.computeIfAbsent(tile.group(), group -> new ArrayList<>()).add(tile));
        return groups.entrySet().stream()
                .map(group -> new TileGroup(TITLES.getOrDefault(group.getKey(), group.getKey()), group.getValue()))
                .toList();
    }
}
