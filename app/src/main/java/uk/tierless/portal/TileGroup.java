package uk.tierless.portal;

import uk.tierless.catalogue.ServiceGroups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiles under one of the catalogue's groups, in the order the tiles come (pinned first). */
public record TileGroup(String title, List<Tile> tiles) {

    public static List<TileGroup> of(List<Tile> tiles) {
        Map<String, List<Tile>> groups = new LinkedHashMap<>();
        tiles.forEach(tile -> groups.computeIfAbsent(tile.group(), group -> new ArrayList<>()).add(tile));
        return groups.entrySet().stream()
                .map(group -> new TileGroup(ServiceGroups.title(group.getKey()), group.getValue()))
                .toList();
    }
}
