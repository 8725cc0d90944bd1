package uk.tierless.gazetteer;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import uk.tierless.tenancy.DataImported;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Council boundaries in memory, in a spatial index (JTS STRtree of prepared polygons): which council's area a
 * point lies in. Loaded at start and again after every boundaries import, on every instance.
 */
@ApplicationScoped
public class BoundaryIndex {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Inject
    DataSource dataSource;

    private volatile Index index = new Index(new STRtree());
    /** Which load of the boundaries is in use: what a lookup placed with an older one must place again. */
    private final AtomicLong version = new AtomicLong();

    private record Area(String gss, PreparedGeometry shape) {
    }

    private record Index(STRtree tree) {
    }

    void onStart(@Observes @Priority(30) StartupEvent event) {
        reload();
    }

    /** A boundaries import on any instance (this one's too) is served from the moment it commits. */
    void imported(@Observes DataImported event) {
        if (event.is(BoundariesImporter.KIND)) {
            reload();
        }
    }

    /** The GSS code of the area containing this WGS84 point, if any. */
    public Optional<String> areaAt(double lat, double lon) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Area> candidates = index.tree().query(point.getEnvelopeInternal());
        return candidates.stream().filter(area -> area.shape().covers(point)).map(Area::gss).sorted().findFirst();
    }

    public long version() {
        return version.get();
    }

    public void reload() {
        STRtree tree = new STRtree();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select gss, geometry from boundaries")) {
            while (rows.next()) {
                Geometry shape = GeoJsonGeometry.parse(rows.getString("geometry"));
                tree.insert(shape.getEnvelopeInternal(),
                        new Area(rows.getString("gss"), PreparedGeometryFactory.prepare(shape)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the council boundaries", e);
        }
        tree.build();
        index = new Index(tree);
        version.incrementAndGet();
    }
}
