package khabar.core.link;

/**
 * Where a linked place is (GeoNames data, see {@code khabar/link/SOURCE.md}): GDELT's ActionGeo in one record.
 *
 * @param kbId       the place's id
 * @param feature    what kind of place: {@code COUNTRY}, {@code ADM1} (first-level region: state, province,
 *                   governorate), {@code CITY}, {@code REGION} (another area: Middle East, Iraqi Kurdistan) or
 *                   {@code SITE}
 * @param country    ISO 3166-1 alpha-2, or null for an area across countries
 * @param admin1     id of the first-level region the place lies in ({@code adm1:US:GA}, {@code region:PK:sindh});
 *                   an ADM1 region's own id; null for a country or when unknown
 * @param latitude   WGS84 degrees: a city's GeoNames point; for a country or region, the centroid of its places
 *                   of 1,000+ people
 * @param longitude  WGS84 degrees
 * @param population GeoNames population (a region's: the sum over its places of 1,000+ people); 0 when unknown
 */
public record GeoPoint(String kbId, String feature, String country, String admin1, double latitude, double longitude,
                       long population) {
    /** The feature of a first-level administrative region. */
    public static final String ADM1 = "ADM1";
    /** The feature of a city. */
    public static final String CITY = "CITY";
    /** The feature of a country. */
    public static final String COUNTRY = "COUNTRY";
}
