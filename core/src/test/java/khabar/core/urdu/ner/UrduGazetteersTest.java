package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import khabar.core.ner.Span;
import khabar.core.text.EntityType;

class UrduGazetteersTest {
    private final UrduGazetteers gazetteers = UrduGazetteers.load();

    @Test
    void loadsEveryListNormalized() {
        for (UrduGazetteers.Kind kind : UrduGazetteers.Kind.values()) {
            assertThat(gazetteers.entries(kind)).as(kind.name()).isNotEmpty();
        }
        assertThat(gazetteers.entries(UrduGazetteers.Kind.LOC)).contains("بغداد", "دیر الزور", "مشرق وسطی");
        assertThat(gazetteers.entries(UrduGazetteers.Kind.LOC)).allSatisfy(e -> assertThat(e).doesNotContain("ي", "ك"));
    }

    @Test
    void dropsGenericWordsFromTheNoisyLists() {
        assertThat(gazetteers.entries(UrduGazetteers.Kind.ORG)).doesNotContain("کے", "اور", "حکومت");
        assertThat(gazetteers.entries(UrduGazetteers.Kind.LOC)).doesNotContain("میں", "ملک");
    }

    @Test
    void matchesKnownNamesLongestFirst() {
        List<String> forms = List.of("امریکی", "محکمہ", "دفاع", "نے", "دیر", "الزور", "میں", "کہا");
        assertThat(gazetteers.matchKnown(forms)).containsExactly(
                new Span(0, 3, EntityType.ORGANIZATION), new Span(4, 6, EntityType.LOCATION));
    }

    @Test
    void knowsSouthAsianPlacesAndBodiesButNotAmbiguousWords() {
        assertThat(gazetteers.knownType("تمل ناڈو")).isEqualTo(EntityType.LOCATION);
        assertThat(gazetteers.knownType("دمن و دیو")).isEqualTo(EntityType.LOCATION);
        assertThat(gazetteers.knownType("وزارت داخلہ")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(gazetteers.knownType("چلی")).isNull();       // Chile in CLDR, but "went"
        assertThat(gazetteers.knownType("گیا")).isNull();       // Gaya, but "went"
        assertThat(gazetteers.entries(UrduGazetteers.Kind.LOC)).contains("چلی");
    }

    @Test
    void writesCoreNlpGazetteLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gazette.txt");
        gazetteers.writeCrfGazette(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).contains("LOC دیر الزور", "NAT امریکی", "ORGKEY وزارت");
    }
}
