package khabar.core.link;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place that reads place names from Unicode CLDR as ICU4J carries it: which countries and which time
 * zones there are, and what a locale calls them. The one CLDR export, {@link CldrPlacesExport}, reads through
 * here for both its outputs: the linker's table (every locale) and the Urdu NER's raw {@code cldr-locations.txt}
 * names ({@link CldrPlacesExport#urduNerPlaces}).
 *
 * <p>Known differences between the two outputs, kept so that neither moves (both are committed and feed the
 * model's features or the linker's keys; the NER's list is also in the shipped CRF's gazette features, so it
 * changes only with a retrained model):
 * <ul>
 *   <li>countries: the linker takes the {@link #territories()} with their standard and short names, without
 *       substitution; the NER list takes every {@link #isoCountries() ISO code} with its
 *       {@link #displayCountry display name} (the code itself where CLDR has no name, which its Urdu-letters
 *       filter then drops) and no short names;</li>
 *   <li>cities: the linker leaves out Antarctic research stations ({@code AQ}: they shadow surnames) and zones of
 *       regions that are not territories, and takes a locale's exemplar name only where it is the locale's
 *       own, not derived from the zone id; the NER list takes every {@link #locationZones() zone}'s name.</li>
 * </ul>
 */
public final class CldrNames {
    private CldrNames() {
    }

    /** Every ISO 3166-1 code ICU lists, in ICU's order. */
    public static List<String> isoCountries() {
        return List.of(ULocale.getISOCountries());
    }

    /** The ISO 3166-1 codes that CLDR treats as territories (no groupings such as EU or 001), sorted. */
    public static Set<String> territories() {
        Set<String> iso = new HashSet<>(Arrays.asList(ULocale.getISOCountries()));
        Set<String> out = new TreeSet<>();
        for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
            if (iso.contains(r.toString())) {
                out.add(r.toString());
            }
        }
        return out;
    }

    /** The canonical location zones (one per place), in ICU's order. */
    public static List<String> locationZones() {
        return List.copyOf(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
    }

    /** The ISO 3166-1 code of a zone's country, or {@code 001} and the like where it has none. */
    public static String zoneCountry(String zone) {
        return TimeZone.getRegion(zone);
    }

    /** A country's name in a locale as {@link ULocale#getDisplayCountry} gives it: the code where CLDR has none. */
    public static String displayCountry(String cc, ULocale locale) {
        return new ULocale("", cc).getDisplayCountry(locale);
    }

    /** A country's English name as the linker labels it ({@link LocaleDisplayNames}, the code where CLDR has none). */
    public static String englishCountry(String cc) {
        return LocaleDisplayNames.getInstance(ULocale.ENGLISH).regionDisplayName(cc);
    }

    /** The names one locale gives countries and zones. */
    public static InLocale in(ULocale locale) {
        return new InLocale(locale);
    }

    /** The place names of one locale (ICU's instances for it, made once). */
    public static final class InLocale {
        private final LocaleDisplayNames standard;
        private final LocaleDisplayNames shortForm;
        private final TimeZoneNames zones;

        private InLocale(ULocale locale) {
            this.standard = LocaleDisplayNames.getInstance(locale, DisplayContext.NO_SUBSTITUTE);
            this.shortForm = LocaleDisplayNames.getInstance(locale, DisplayContext.NO_SUBSTITUTE,
                    DisplayContext.LENGTH_SHORT);
            this.zones = TimeZoneNames.getInstance(locale);
        }

        /** The standard name of a country, or null where CLDR has none in this locale. */
        public String country(String cc) {
            return standard.regionDisplayName(cc);
        }

        /** The short name of a country ({@code US}: "US" in English), or null where CLDR has none. */
        public String countryShort(String cc) {
            return shortForm.regionDisplayName(cc);
        }

        /**
         * The exemplar city of a zone, or null; where the locale has no name of its own this is the one ICU
         * derives from the zone id (compare with the root locale's to tell).
         */
        public String city(String zone) {
            return zones.getExemplarLocationName(zone);
        }
    }
}
