package khabar.core.link;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed CLDR table must be what {@link CldrPlacesExport} makes from the ICU4J on the class path.
 * The quick checks run always; the full comparison (all 270-odd locales, some seconds) runs with
 * {@code -Dkhabar.link.cldr=full}. After an ICU upgrade or a change to the key normalization, rewrite the
 * table with {@code mvn -o -q -pl core test -Dtest=LinkerCldrTableTest -Dkhabar.link.cldr=regenerate}.
 */
class LinkerCldrTableTest {
    private static final Path FILE = Path.of("src/main/resources" + CldrPlacesExport.RESOURCE);
    private static final String HOW = "rewrite it with mvn -o -q -pl core test -Dtest=LinkerCldrTableTest"
            + " -Dkhabar.link.cldr=regenerate";

    @Test
    void committedTableWasMadeByTheIcuOnTheClassPath() throws IOException {
        assertThat(committed().lines().findFirst().orElseThrow())
                .as("cldr-places.tsv.gz was made by another ICU; " + HOW)
                .contains("ICU4J " + VersionInfo.ICU_VERSION + " ");
    }

    @Test
    void committedTableHoldsWhatIcuGivesForEnglishUrduAndArabic() throws IOException {
        Map<String, Set<String>> committed = keyLanguages(committed());
        String sample = CldrPlacesExport.generate(List.of(ULocale.ENGLISH, new ULocale("ur"), new ULocale("ar")));

        Map<String, Set<String>> expected = keyLanguages(sample);
        expected.forEach((key, languages) -> assertThat(committed.get(key))
                .as("languages of %s; %s", key, HOW).isNotNull().containsAll(languages));
        assertThat(committed().lines().filter(l -> l.startsWith("E\t")))
                .as("entities; " + HOW).containsExactlyElementsOf(sample.lines().filter(l -> l.startsWith("E\t")).toList());
    }

    @Test
    @EnabledIfSystemProperty(named = "khabar.link.cldr", matches = "full|regenerate")
    void committedTableIsExactlyWhatIcuGenerates() throws IOException {
        String fresh = CldrPlacesExport.generate();
        if ("regenerate".equals(System.getProperty("khabar.link.cldr"))) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(FILE), 1 << 16)) {
                out.write(fresh.getBytes(StandardCharsets.UTF_8));
            }
        }
        String committed = committed();
        if (!committed.equals(fresh)) {
            List<String> a = committed.lines().toList();
            List<String> b = fresh.lines().toList();
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            fail("cldr-places.tsv.gz is stale at line " + (i + 1) + ": committed <" + (i < a.size() ? a.get(i) : "EOF")
                    + "> generated <" + (i < b.size() ? b.get(i) : "EOF") + ">; " + HOW);
        }
    }

    /** {@code kbId<TAB>key} to the languages of that key, from the K lines. */
    private static Map<String, Set<String>> keyLanguages(String table) {
        Map<String, Set<String>> out = new HashMap<>();
        table.lines().filter(l -> l.startsWith("K\t")).map(l -> l.split("\t")).forEach(f ->
                out.computeIfAbsent(f[1] + "\t" + f[2], k -> new HashSet<>()).addAll(Arrays.asList(f[3].split(","))));
        return out;
    }

    private static String committed() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.exists(FILE) ? Files.newInputStream(FILE)
                : LinkerCldrTableTest.class.getResourceAsStream(CldrPlacesExport.RESOURCE))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
