package khabar.bench.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.RawArticle;
import khabar.jobs.nightly.NearDuplicates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final LocalDate DATE = LocalDate.of(2024, 7, 26);
    private static final Path SAMPLES = Path.of("../samples/2024-07-26");

    private static CorpusGenerator generator(int n, String mix, long seed) {
        return new CorpusGenerator(new CorpusGenerator.Settings(n, Mix.parse(mix), seed, DATE, SAMPLES, 100));
    }

    @Test
    void writesNewsPleaseJsonLinesTheDumpReadersReadBack(@TempDir Path out) throws Exception {
        CorpusGenerator.Result r = generator(250, "ur=0.5,en=0.5", 7).write(out);
        assertThat(r.dateDir()).isEqualTo(out.resolve("2024-07-26"));
        assertThat(r.files()).hasSize(3);
        List<RawArticle> read = new ArrayList<>();
        for (Path f : r.files()) {
            try (DumpReader reader = DumpReaders.open(f)) {
                for (DumpRecord rec : reader) {
                    assertThat(rec).isInstanceOf(RawArticle.class);
                    read.add((RawArticle) rec);
                }
            }
        }
        assertThat(read).hasSize(250);
        assertThat(read).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank();
            assertThat(a.text().length()).isGreaterThan(200);
            assertThat(a.url()).startsWith("https://");
            assertThat(a.publishedAt()).startsWith("2024-07-26 ");
        });
        assertThat(read.stream().map(RawArticle::url).distinct().count()).isEqualTo(250);
        assertThat(r.articlesByLanguage().get("ur") + r.articlesByLanguage().get("en")).isEqualTo(250);
        assertThat(r.articlesByLanguage().get("ur")).isBetween(95, 155);
        long urduScript = read.stream().filter(a -> SampleSentences.isUrdu(a.text())).count();
        assertThat(urduScript).isEqualTo((long) r.articlesByLanguage().get("ur"));
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherText(@TempDir Path out) throws Exception {
        byte[] a = Files.readAllBytes(generator(60, "ur=0.3,en=0.7", 1).write(out.resolve("a")).files().get(0));
        byte[] b = Files.readAllBytes(generator(60, "ur=0.3,en=0.7", 1).write(out.resolve("b")).files().get(0));
        byte[] c = Files.readAllBytes(generator(60, "ur=0.3,en=0.7", 2).write(out.resolve("c")).files().get(0));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void noTwoArticlesAreNearDuplicatesByTheJobsShingleMeasure() {
        CorpusGenerator g = generator(400, "ur=0.5,en=0.5", 11);
        List<Set<String>> shingles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            shingles.add(new HashSet<>(NearDuplicates.shingles(g.article(i).text(), 5)));
        }
        double max = 0;
        double sum = 0;
        long pairs = 0;
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                double jac = jaccard(shingles.get(i), shingles.get(j));
                max = Math.max(max, jac);
                sum += jac;
                pairs++;
            }
        }
        System.out.printf("generated corpus: 5-shingle Jaccard mean %.5f, max %.3f over %d pairs%n", sum / pairs, max, pairs);
        assertThat(max).isLessThan(NearDuplicates.Settings.defaults().minJaccard());
        assertThat(sum / pairs).isLessThan(0.01);
    }

    @Test
    void mixesInSampleSentencesAndRejectsUnknownLanguagesAndBrokenGrammars() {
        CorpusGenerator g = generator(200, "en=1", 3);
        SampleSentences samples = SampleSentences.read(SAMPLES);
        assertThat(samples.of("ur")).isNotEmpty();
        assertThat(samples.of("en")).isNotEmpty();
        assertThat(Mix.parse("en=1").shares()).isEqualTo(Map.of("en", 1.0));
        assertThat(g.article(5).language()).isEqualTo("en");
        assertThatThrownBy(() -> Mix.parse("fr=1")).hasMessageContaining("'fr'");
        assertThatThrownBy(() -> Mix.parse("ur:1")).hasMessageContaining("lang=share");
        assertThatThrownBy(() -> Grammar.parse("[a]\nx {b}\n")).hasMessageContaining("{b}");
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
