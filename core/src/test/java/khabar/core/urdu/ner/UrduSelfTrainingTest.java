package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;

/** Self-training's choice of sentences with the shipped model, its flags, and its reading of unlabeled text. */
class UrduSelfTrainingTest {
    private static UrduNer ner;
    private static List<List<String>> sentences;

    @BeforeAll
    static void load() throws Exception {
        ner = UrduNer.get();
        try (Reader r = new InputStreamReader(UrduSelfTrainingTest.class.getResourceAsStream("/ner/ur-news-gold.bio"),
                StandardCharsets.UTF_8)) {
            sentences = new ArrayList<>();
            for (GoldSentence s : GoldReader.read(r, GoldFormat.BIO)) {
                sentences.add(s.tokens());
            }
        }
    }

    private static UrduSelfTraining at(double minConfidence, int max) {
        return new UrduSelfTraining(Path.of("."), max, minConfidence);
    }

    @Test
    void confidencesAreTheMarginalsOfTheViterbiLabels() {
        UrduCrfTagger crf = ner.crfTagger();
        for (List<String> s : sentences.subList(0, 10)) {
            List<String> forms = UrduNerLabels.featureForms(s);
            UrduCrfTagger.Decoded decoded = crf.decode(forms);
            assertThat(decoded.labels()).isEqualTo(crf.labels(forms));
            assertThat(decoded.confidence()).hasSize(forms.size());
            for (double p : decoded.confidence()) {
                assertThat(p).isGreaterThan(0.0).isLessThanOrEqualTo(1.0 + 1e-9);
            }
        }
    }

    @Test
    void withoutAThresholdEverySentenceWithANameIsTakenWithTheTaggersNames() {
        UrduSelfTraining all = at(0.0, Integer.MAX_VALUE);
        int taken = 0;
        for (List<String> s : sentences) {
            List<Span> names = ner.tag(s).stream().filter(x -> NerEvaluator.DEFAULT_TYPES.contains(x.type())).toList();
            GoldSentence labelled = all.labelIfSure(ner, s);
            if (names.isEmpty()) {
                assertThat(labelled).isNull();
                continue;
            }
            taken++;
            assertThat(labelled.tokens()).isEqualTo(s);
            assertThat(labelled.spans().stream().filter(x -> NerEvaluator.DEFAULT_TYPES.contains(x.type())).toList())
                    .isEqualTo(names);
            assertThat(labelled.spans()).allMatch(x -> x.type() != EntityType.DATE && x.type() != EntityType.MISC);
        }
        assertThat(taken).isGreaterThan(sentences.size() / 2);
    }

    @Test
    void aHigherThresholdTakesFewerSentencesAndOnlyOnesALowerOneTook() {
        List<GoldSentence> loose = at(0.5, Integer.MAX_VALUE).pseudoLabelAmong(ner, sentences);
        List<GoldSentence> strict = at(0.99, Integer.MAX_VALUE).pseudoLabelAmong(ner, sentences);
        assertThat(strict.size()).isLessThan(loose.size());
        assertThat(loose).containsAll(strict);
        assertThat(at(0.5, 3).pseudoLabelAmong(ner, sentences)).isEqualTo(loose.subList(0, 3));
    }

    @Test
    void flagsSwitchItOnAndNameWhatIsMissing(@TempDir Path dir) {
        assertThat(UrduSelfTraining.fromFlags(new Properties())).isNull();
        Properties noInput = new Properties();
        noInput.setProperty(UrduSelfTraining.SENTENCES_KEY, "100");
        assertThatThrownBy(() -> UrduSelfTraining.fromFlags(noInput))
                .hasMessageContaining(UrduSelfTraining.INPUT_KEY).hasMessageContaining("bin/extract-ur-unlabeled");
        noInput.setProperty(UrduSelfTraining.INPUT_KEY, dir.resolve("absent").toString());
        assertThatThrownBy(() -> UrduSelfTraining.fromFlags(noInput)).hasMessageContaining("is not a folder");
        noInput.setProperty(UrduSelfTraining.INPUT_KEY, dir.toString());
        noInput.setProperty(UrduSelfTraining.MIN_CONFIDENCE_KEY, "1.5");
        assertThatThrownBy(() -> UrduSelfTraining.fromFlags(noInput))
                .hasMessageContaining(UrduSelfTraining.MIN_CONFIDENCE_KEY);
        noInput.setProperty(UrduSelfTraining.MIN_CONFIDENCE_KEY, "0.8");
        assertThat(UrduSelfTraining.fromFlags(noInput)).isNotNull();
    }

    @Test
    void candidatesAreDistinctSentencesOfTheRightLengthInAnOrderIndependentOfFiles(@TempDir Path tmp) throws Exception {
        String a = "وزیر اعظم شہباز شریف نے اسلام آباد میں کابینہ کے اجلاس کی صدارت کی ۔";
        String b = "لاہور ہائی کورٹ نے پنجاب حکومت سے دو ہفتوں میں تفصیلی جواب طلب کر لیا ہے ۔";
        String c = "مختصر جملہ ۔";
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("x.txt"), a + "\n" + b + "\n" + c + "\n" + a + "\n");
        Path two = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(two.resolve("p.txt"), b + "\n");
        Files.writeString(two.resolve("q.txt"), c + " " + a + "\n");
        Files.writeString(two.resolve("notes.md"), "not read\n");
        List<List<String>> first = UrduSelfTraining.candidates(one);
        assertThat(first).hasSize(2);
        assertThat(first).allMatch(s -> s.size() >= UrduSelfTraining.MIN_TOKENS);
        assertThat(UrduSelfTraining.candidates(two)).isEqualTo(first);
    }

    @Test
    void handLabelledSentencesAreLeftOutOfThePoolAndTheRestKeepTheirOrder(@TempDir Path tmp) throws Exception {
        String a = "وزیر اعظم شہباز شریف نے اسلام آباد میں کابینہ کے اجلاس کی صدارت کی ۔";
        String b = "لاہور ہائی کورٹ نے پنجاب حکومت سے دو ہفتوں میں تفصیلی جواب طلب کر لیا ہے ۔";
        String c = "کراچی میں پاکستان اسٹاک ایکسچینج کا انڈیکس آج پانچ سو پوائنٹس بڑھ گیا ۔";
        Path dir = Files.createDirectories(tmp.resolve("pool"));
        Files.writeString(dir.resolve("x.txt"), a + "\n" + b + "\n" + c + "\n");
        List<List<String>> pool = UrduSelfTraining.candidates(dir);
        assertThat(pool).hasSize(3);
        GoldSentence labelled = new GoldSentence(pool.get(1), List.of(new Span(0, 1, EntityType.LOCATION)));
        List<List<String>> left = UrduSelfTraining.withoutSentencesOf(pool, List.of(labelled));
        assertThat(left).containsExactly(pool.get(0), pool.get(2));
        assertThat(UrduSelfTraining.withoutSentencesOf(pool, List.of())).isEqualTo(pool);

        UrduSelfTraining all = new UrduSelfTraining(dir, Integer.MAX_VALUE, 0.0);
        assertThat(all.pseudoLabel(ner, List.of()).stream().map(GoldSentence::tokens)).contains(pool.get(1));
        assertThat(all.pseudoLabel(ner, List.of(labelled)).stream().map(GoldSentence::tokens))
                .doesNotContain(pool.get(1)).isNotEmpty();
    }
}
