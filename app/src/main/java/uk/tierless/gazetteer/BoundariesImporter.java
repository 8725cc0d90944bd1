package uk.tierless.gazetteer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.imports.ColumnType;
import uk.tierless.imports.ImportFailedException;
import uk.tierless.imports.ImportProgress;
import uk.tierless.imports.Importer;
import uk.tierless.imports.ShrinkGuard;
import uk.tierless.imports.StagingCopy;
import uk.tierless.tenancy.CouncilDirectory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Council boundaries: a GeoJSON FeatureCollection of Polygon and MultiPolygon features (WGS84 lon/lat), each with a
 * GSS code property ({@code lad_code}, or an ONS name such as {@code LAD23CD}) and a name. Read feature by feature;
 * the boundary set is replaced as a whole, then the spatial index is rebuilt. A code that is not a GSS code, a
 * geometry that is not valid GeoJSON, or a document that does not end where it should fails the import; a feature
 * with no code, no polygon or an area outside the register is rejected.
 */
@ApplicationScoped
public class BoundariesImporter implements Importer {

    static final String KIND = "boundaries";

    private static final Pattern ONS_CODE = Pattern.compile("(?i)(lad|lau|ctyua|cty|cua|utla|ltla)\\d*cd");
    private static final Pattern ONS_NAME = Pattern.compile("(?i)(lad|lau|ctyua|cty|cua|utla|ltla)\\d*nm");
    private static final List<String> CODE_PROPERTIES = List.of("lad_code", "gss", "gss_code", "code");
    private static final List<String> NAME_PROPERTIES = List.of("lad_name", "name", "official_name");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    CouncilDirectory councils;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        try {
            loadFeatures(file, shrink, progress);
        } catch (JsonProcessingException e) {
            throw new ImportFailedException("The file is not valid GeoJSON at line "
                    + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + "): is it cut off?");
        }
    }

    private void loadFeatures(Reader file, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        Set<String> knownAreas = councils.gssCodes();
        try (Connection connection = dataSource.getConnection(); JsonParser parser = json.getFactory().createParser(file)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temp table boundaries_staging (line bigint, gss text, name text, geometry text)"
                        + " on commit drop");
                StagingCopy.into(connection, "boundaries_staging", "line, gss, name, geometry", copy -> {
                    moveToFeatures(parser);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentLocation().getLineNr();
                        JsonNode feature = json.readTree(parser);
                        progress.read();
                        JsonNode properties = feature.path("properties");
                        Optional<Map.Entry<String, String>> code = property(properties, CODE_PROPERTIES, ONS_CODE);
                        if (code.isEmpty()) {
                            progress.reject(line, "the feature has no GSS code property (lad_code or LADnnCD)");
                            continue;
                        }
                        String gss = ColumnType.GSS_CODE.parse(code.get().getValue(),
                                "Line " + line + ", the feature's property " + code.get().getKey());
                        if (!knownAreas.contains(gss)) {
                            progress.reject(line, gss + " is not in the council register (import the register first)");
                            continue;
                        }
                        try {
                            GeoJsonGeometry.of(feature.get("geometry"));
                        } catch (IllegalArgumentException e) {
                            progress.reject(line, gss + ": " + e.getMessage());
                            continue;
                        } catch (GeoJsonGeometry.Malformed e) {
                            throw new ImportFailedException("Line " + line + ", the geometry of " + gss + ": "
                                    + e.getMessage() + ".");
                        }
                        copy.row(line, gss, property(properties, NAME_PROPERTIES, ONS_NAME).map(Map.Entry::getValue)
                                        .orElse(gss), json.writeValueAsString(feature.get("geometry")));
                    }
                    moveToEnd(parser);
                });
                shrink.check("boundaries", StagingCopy.count(connection, "select count(*) from boundaries"),
                        StagingCopy.count(connection, "select count(distinct gss) from boundaries_staging"),
                        progress.rowsRead());
                statement.execute("delete from boundaries b where not exists"
                        + " (select 1 from boundaries_staging s where s.gss = b.gss)");
                statement.execute("insert into boundaries (gss, name, geometry) select distinct on (gss) gss, name,"
                        + " geometry from boundaries_staging order by gss, line on conflict (gss) do update"
                        + " set name = excluded.name, geometry = excluded.geometry"
                        + " where (boundaries.name, boundaries.geometry) is distinct from (excluded.name, excluded.geometry)");
                progress.imported(StagingCopy.count(connection, "select count(*) from boundaries"));
            }
            connection.commit();
        }
    }

    private static void moveToFeatures(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new ImportFailedException("The file is not GeoJSON: it should be a FeatureCollection object.");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("features".equals(field) && parser.currentToken() == JsonToken.START_ARRAY) {
                return;
            }
            parser.skipChildren();
        }
        throw new ImportFailedException("The file has no \"features\" array: it should be a GeoJSON FeatureCollection.");
    }

    /**
     * The rest of the document after the features: a file that does not end where its outermost object ends is cut
     * off (or has something after it), even when every feature so far was whole.
     */
    private static void moveToEnd(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new ImportFailedException("The \"features\" array holds something that is not a feature object (line "
                    + parser.currentLocation().getLineNr() + ").");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            throw new ImportFailedException("The file does not end where its FeatureCollection ends (line "
                    + parser.currentLocation().getLineNr() + "): it looks cut off.");
        }
    }

    /** The property's name and value: the first of these names, or else the first whose name is an ONS one. */
    private static Optional<Map.Entry<String, String>> property(JsonNode properties, List<String> names, Pattern onsName) {
        for (String name : names) {
            if (properties.hasNonNull(name)) {
                return Optional.of(Map.entry(name, properties.get(name).asText()));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (onsName.matcher(field.getKey()).matches() && !field.getValue().isNull()) {
                return Optional.of(Map.entry(field.getKey(), field.getValue().asText()));
            }
        }
        return Optional.empty();
    }
}
