package khabar.jobs.stages;

import khabar.core.link.EntityLinker;
import khabar.core.link.GeoPoint;
import khabar.core.link.LinkSubtype;
import khabar.core.text.Link;
import khabar.jobs.tables.RowBuilder;

/**
 * The place columns of a linked id, set the same way in {@code entities} ({@code latitude}, ...) and {@code events}
 * ({@code location_latitude}, ...): from the JVM's linker ({@link EntityLinker#geo}); left null for a nationality
 * (an adjective names people, not a place) and for ids without a point.
 */
final class GeoColumns {
    private GeoColumns() {
    }

    /** Sets {@code prefix}latitude, longitude, feature, admin1 and, if {@code withPopulation}, population. */
    static RowBuilder set(RowBuilder row, String prefix, Link link, boolean withPopulation) {
        if (link == null || LinkSubtype.NATIONALITY.name().equals(link.subtype())) {
            return row;
        }
        GeoPoint g = EntityLinker.shared().geo(link.kbId());
        if (g == null) {
            return row;
        }
        row.set(prefix + "latitude", g.latitude()).set(prefix + "longitude", g.longitude())
                .set(prefix + "feature", g.feature()).set(prefix + "admin1", g.admin1());
        return withPopulation ? row.set(prefix + "population", g.population()) : row;
    }
}
