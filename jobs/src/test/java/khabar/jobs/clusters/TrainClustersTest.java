package khabar.jobs.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import khabar.core.urdu.ner.UrduNerLabels;
import khabar.jobs.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainClustersTest {
    /** Three sets of words, each used in its own, fixed context. Karachi is written with Arabic kaf (ك). */
    private static final List<String> CITIES = List.of("\u0643راچی", "لاہور", "پشاور", "کوئٹہ");
    private static final List<String> DAYS = List.of("پیر", "منگل", "بدھ", "جمعہ");
    private static final List<String> NAMES = List.of("احمد", "علی", "حسن", "عمر");
    private static final String KARACHI = "کراچی";

    @TempDir
    Path dir;

    @Test
    void wordsOfTheSameContextsShareAClusterAndTheLexiconIsCoreNlpReadableInFeatureForm() throws IOException {
        Path input = corpus();
        ClusterOptions options = new ClusterOptions(input, dir.resolve("out/clusters.tsv.gz"), 8, 16, 3, 2, 1, 0, 1, 5);

        ClusterRun run = TrainClusters.run(options, TestSpark.session());
        Map<String, Integer> lexicon = ClusterLexicon.read(options.out());

        assertThat(run.linesRead()).isEqualTo(1202); // both .txt files, not notes.md
        assertThat(run.linesUrdu()).isEqualTo(1200); // not the two English lines
        assertThat(run.vocabulary()).isEqualTo(lexicon.size());
        List<String> cities = CITIES.stream().map(UrduNerLabels::featureForm).toList();
        assertThat(cities).contains(KARACHI);
        for (List<String> group : List.of(cities, DAYS, NAMES)) {
            assertThat(group.stream().map(lexicon::get).collect(Collectors.toSet()))
                    .as("clusters of %s", group).hasSize(1).doesNotContainNull();
        }
        assertThat(List.of(lexicon.get(KARACHI), lexicon.get("پیر"), lexicon.get("احمد")))
                .as("clusters %s", lexicon).doesNotHaveDuplicates();
        assertThat(lexicon.keySet()).allSatisfy(w -> assertThat(UrduNerLabels.featureForm(w)).isEqualTo(w))
                .doesNotContain(CITIES.get(0), "the", "fox", "نظرانداز");

        SeqClassifierFlags flags = new SeqClassifierFlags();
        flags.useDistSim = true;
        flags.distSimLexicon = options.out().toString();
        NERFeatureFactory<CoreLabel> coreNlp = new NERFeatureFactory<>();
        coreNlp.init(flags);
        assertThat(coreNlp.describeDistsimLexicon()).isEqualTo("Distsim lexicon of size " + lexicon.size());

        Path again = dir.resolve("out/again.tsv.gz");
        TrainClusters.run(options.withOut(again), TestSpark.session());
        assertThat(again).hasSameBinaryContentAs(options.out());
    }

    /** 1,200 Urdu lines in two files (one in a subfolder), two English lines, and a file that is not *.txt. */
    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Random random = new Random(3);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String line = switch (i % 3) {
                case 0 -> "کل " + pick(CITIES, random) + " شہر میں شدید بارش ہوئی ۔";
                case 1 -> pick(DAYS, random) + " کے دن دفتر بند رہا ۔";
                default -> "وزیر " + pick(NAMES, random) + " نے اپنا بیان دیا ۔";
            };
            (i < 700 ? a : b).add(line);
        }
        a.add(300, "the quick brown fox jumps over the lazy dog");
        a.add("the fox said nothing at all");
        Files.write(in.getParent().resolve("a.txt"), a, StandardCharsets.UTF_8);
        Files.write(in.resolve("b.txt"), b, StandardCharsets.UTF_8);
        Files.write(in.resolve("notes.md"), List.of("نظرانداز نظرانداز نظرانداز نظرانداز"), StandardCharsets.UTF_8);
        return in.getParent();
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }
}
