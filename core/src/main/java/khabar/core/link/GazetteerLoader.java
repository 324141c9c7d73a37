package khabar.core.link;

import khabar.core.text.Link;
import khabar.core.urdu.UrduResources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the linker's data from the class path ({@code khabar/link/}): the generated CLDR table, the place
 * points derived from GeoNames ({@code geo-points.tsv.gz}), the curated files {@code places.tsv},
 * {@code geo-names.tsv}, {@code aliases.tsv}, {@code nationalities.tsv}, {@code guards.tsv}, and the Urdu aliases
 * of the Urdu name store ({@link UrduResources}: the rows the linker uses, added as {@code aliases.tsv}'s are).
 * A data error (an alias for an unknown id, a bad subtype, a line without tabs) fails the load.
 */
final class GazetteerLoader {
    static final String DIR = "/khabar/link/";
    static final int PRIORITY_CURATED = 0;
    static final int PRIORITY_COUNTRY = 1;
    static final int PRIORITY_CITY = 2;
    /**
     * Admin-1 regions and the names of {@code geo-names.tsv}: after everything else, so that they add readings
     * context may choose ({@link EntityLinker#readings}) without changing a name's default.
     */
    static final int PRIORITY_GEO = 3;
    /**
     * The GeoNames names of the admin-1 regions of every country: after the hand-checked names, so that a parish of
     * Jamaica does not take Manchester from England.
     */
    static final int PRIORITY_ADM1 = 4;
    /** Admin-1 names that are generic words, not names a news text would use alone. */
    private static final java.util.Set<String> GENERIC_REGION_NAMES = java.util.Set.of("central", "northern",
            "southern", "eastern", "western", "north", "south", "east", "west", "capital", "coast", "islands",
            "upper", "lower", "centre", "center", "north east", "north west", "south east", "south west",
            "northeast", "northwest", "southeast", "southwest", "lakes", "national capital", "federal district");

    private GazetteerLoader() {
    }

    /** Loads everything and builds the linker. */
    static EntityLinker load() {
        // curated entities first: they may replace the English label of a CLDR country
        Map<String, Link> links = new HashMap<>(2048);
        List<String[]> places = rows(DIR + "places.tsv", false);
        for (String[] f : places) {
            String country = f[2].equals("-") ? null : f[2];
            links.put(f[0], new Link(f[0], f[3], LinkSubtype.valueOf(f[1]).name(), country));
        }
        GazetteerBuilder builder = new GazetteerBuilder();
        // the CLDR table lists each entity (E) before the keys of its names (K)
        forEachRow(CldrPlacesExport.RESOURCE, true, f -> {
            if (f[0].equals("E")) {
                links.putIfAbsent(f[1], new Link(f[1], f[4], LinkSubtype.valueOf(f[2]).name(), f[3]));
            } else {
                Link link = links.get(f[1]);
                int priority = link.subtype().equals(LinkSubtype.COUNTRY.name()) ? PRIORITY_COUNTRY : PRIORITY_CITY;
                builder.addKey(f[2], link, priority, f[3]);
            }
        });
        for (String[] f : places) {
            builder.add(f[3], links.get(f[0]), PRIORITY_CURATED, "en"); // the label is an English name
        }
        Map<String, GeoPoint> points = geo(links, builder);
        for (String[] f : rows(DIR + "aliases.tsv", false)) {
            Link link = links.get(f[0]);
            if (link == null) {
                throw new IllegalStateException("aliases.tsv: unknown id " + f[0]);
            }
            addAll(builder, f[2], link, f[1]);
        }
        for (UrduResources.Name n : UrduResources.get().names()) {
            if (n.usedBy(UrduResources.Use.LINK)) {
                Link link = links.get(n.kbId());
                if (link == null) {
                    throw new IllegalStateException(UrduResources.NAMES_FILE + ": unknown id " + n.kbId());
                }
                builder.add(n.name(), link, PRIORITY_CURATED, "ur");
            }
        }
        for (String[] f : rows(DIR + "nationalities.tsv", false)) {
            Link country = links.get("iso3166:" + f[0]);
            if (country == null) {
                throw new IllegalStateException("nationalities.tsv: unknown country " + f[0]);
            }
            Link nationality = new Link(country.kbId(), country.canonicalName(), LinkSubtype.NATIONALITY.name(), f[0]);
            addAll(builder, f[2], nationality, f[1]);
        }
        return new EntityLinker(builder.build(), guards(), points);
    }

    /**
     * Reads {@code geo-points.tsv.gz} (a point for every id; new entities: the admin-1 regions) and
     * {@code geo-names.tsv} (hand-checked places and names in English and Urdu), both at {@link #PRIORITY_GEO}.
     */
    private static Map<String, GeoPoint> geo(Map<String, Link> links, GazetteerBuilder builder) {
        Map<String, GeoPoint> points = new HashMap<>(8192);
        forEachRow(DIR + "geo-points.tsv.gz", true, f -> {
            String country = f[2].isEmpty() ? null : f[2];
            points.put(f[0], new GeoPoint(f[0], f[1], country, f[3].isEmpty() ? null : f[3],
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6])));
            if (!links.containsKey(f[0]) && f[1].equals(GeoPoint.ADM1)) {
                Link region = new Link(f[0], f[7], LinkSubtype.REGION.name(), country);
                links.put(f[0], region);
                if (indexesRegionName(f[7])) {
                    builder.add(f[7], region, PRIORITY_ADM1, "en");
                }
            }
        });
        List<String[]> named = rows(DIR + "geo-names.tsv", false);
        for (String[] f : named) {
            if (!f[1].equals("-")) {
                links.put(f[0], new Link(f[0], f[3], LinkSubtype.valueOf(f[1]).name(), f[2]));
            }
        }
        for (String[] f : named) {
            Link link = links.get(f[0]);
            if (link == null) {
                throw new IllegalStateException("geo-names.tsv: unknown id " + f[0]);
            }
            if (!f[1].equals("-")) {
                builder.add(f[3], link, PRIORITY_GEO, "en");
            }
            addAll(builder, f[4], link, "en", PRIORITY_GEO);
            addAll(builder, f[5], link, "ur", PRIORITY_GEO);
        }
        return points;
    }

    /** Whether a GeoNames admin-1 name is a name to link: not a generic word, not a sea or gulf (Red Sea governorate). */
    private static boolean indexesRegionName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return !GENERIC_REGION_NAMES.contains(lower) && !lower.endsWith(" sea") && !lower.endsWith(" ocean")
                && !lower.endsWith(" gulf") && !lower.startsWith("gulf ");
    }

    private static void addAll(GazetteerBuilder builder, String names, Link link, String language) {
        addAll(builder, names, link, language, PRIORITY_CURATED);
    }

    private static void addAll(GazetteerBuilder builder, String names, Link link, String language, int priority) {
        for (String name : names.split("\\|")) {
            if (!name.isBlank() && !name.strip().equals("-")) {
                builder.add(name.strip(), link, priority, language);
            }
        }
    }

    private static ContextGuards guards() {
        Map<String, List<ContextGuards.Guard>> byKey = new HashMap<>();
        for (String[] f : rows(DIR + "guards.tsv", false)) {
            ContextGuards.Side side = switch (f[2]) {
                case "before" -> ContextGuards.Side.BEFORE;
                case "after" -> ContextGuards.Side.AFTER;
                case "always" -> ContextGuards.Side.ALWAYS;
                default -> throw new IllegalStateException("guards.tsv: side must be before, after or always: " + f[2]);
            };
            String key = String.join(" ", LinkKeys.pieces(f[1]));
            byKey.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new ContextGuards.Guard(f[0], side, ContextGuards.phrases(f.length > 3 ? f[3] : "")));
        }
        return new ContextGuards(byKey);
    }

    /** The tab-separated fields of every line that is neither blank nor a {@code #} comment. */
    static List<String[]> rows(String resource, boolean gzip) {
        List<String[]> out = new ArrayList<>();
        forEachRow(resource, gzip, out::add);
        return out;
    }

    private static void forEachRow(String resource, boolean gzip, Consumer<String[]> action) {
        try (InputStream raw = GazetteerLoader.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected tab-separated fields: " + line);
                }
                action.accept(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
