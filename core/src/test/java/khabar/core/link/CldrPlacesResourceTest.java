package khabar.core.link;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed CLDR table must be what {@link CldrPlacesExport} makes from the ICU4J on the class path.
 * After an ICU upgrade or a change to the key normalization, rewrite it with
 * {@code mvn -o -q -pl core test -Dtest=CldrPlacesResourceTest -Dkhabar.link.regenerate=true}.
 */
class CldrPlacesResourceTest {
    private static final Path FILE = Path.of("src/main/resources" + CldrPlacesExport.RESOURCE);

    @Test
    void committedTableIsWhatIcuGenerates() throws IOException {
        String fresh = CldrPlacesExport.generate();
        if (Boolean.getBoolean("khabar.link.regenerate")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(FILE), 1 << 16)) {
                out.write(fresh.getBytes(StandardCharsets.UTF_8));
            }
        }
        String committed;
        try (InputStream in = new GZIPInputStream(Files.exists(FILE) ? Files.newInputStream(FILE)
                : CldrPlacesResourceTest.class.getResourceAsStream(CldrPlacesExport.RESOURCE))) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!committed.equals(fresh)) {
            List<String> a = committed.lines().toList();
            List<String> b = fresh.lines().toList();
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            fail("cldr-places.tsv.gz is stale at line " + (i + 1) + ": committed <" + (i < a.size() ? a.get(i) : "EOF")
                    + "> generated <" + (i < b.size() ? b.get(i) : "EOF") + ">; rewrite it with "
                    + "mvn -o -q -pl core test -Dtest=CldrPlacesResourceTest -Dkhabar.link.regenerate=true");
        }
        assertThat(committed).contains("E\tiso3166:IQ\tCOUNTRY\tIQ\tIraq\n", "K\tcity:IQ:baghdad\tبغداد\t");
    }
}
