package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;

/**
 * A real (small) training with and without the self-training flags: the regression gold as training data, the
 * news dev set's sentences as unlabeled text (a test of the mechanism, not a figure).
 */
class UrduNerTrainerSelfTrainingTest {
    private static List<GoldSentence> read(String resource) throws Exception {
        try (Reader r = new InputStreamReader(UrduNerTrainerSelfTrainingTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return GoldReader.read(r, GoldFormat.BIO);
        }
    }

    @Test
    void selfTrainingAddsConfidentSentencesAndKeepsTheFirstCrf(@TempDir Path unlabeled) throws Exception {
        List<GoldSentence> gold = read("/ner/ur-news-gold.bio");
        StringBuilder text = new StringBuilder();
        for (GoldSentence s : read("/ner/ur-news-dev/ur-news-dev.bio")) {
            text.append(String.join(" ", s.tokens())).append('\n');
        }
        Files.writeString(unlabeled.resolve("news.txt"), text);
        Properties flags = new Properties();
        flags.setProperty("maxQNItr", "15");
        flags.setProperty(UrduSelfTraining.SENTENCES_KEY, "0");
        flags.setProperty(UrduHandLabels.LABELS_KEY, ""); // the recipe's hand labels need the news corpus
        UrduNerTrainer.Trained plain = new UrduNerTrainer(flags).trainSelfTrained(gold, null);
        assertThat(plain.beforeSelfTraining()).isNull();
        assertThat(plain.pseudoSentences()).isZero();

        flags.setProperty(UrduSelfTraining.SENTENCES_KEY, "30");
        flags.setProperty(UrduSelfTraining.MIN_CONFIDENCE_KEY, "0.5");
        flags.setProperty(UrduSelfTraining.INPUT_KEY, unlabeled.toString());
        UrduNerTrainer.Trained self = new UrduNerTrainer(flags).trainSelfTrained(gold, null);
        assertThat(self.pseudoSentences()).isBetween(1, 30);
        assertThat(self.beforeSelfTraining()).isNotNull().isNotSameAs(self.crf());
        // the first CRF is the plain recipe's (training is deterministic); the second saw more sentences
        List<String> forms = UrduNerLabels.featureForms(gold.get(0).tokens());
        assertThat(new UrduCrfTagger(self.beforeSelfTraining(), "").labels(forms))
                .isEqualTo(new UrduCrfTagger(plain.crf(), "").labels(forms));
        long changed = read("/ner/ur-news-dev/ur-news-dev.bio").stream()
                .map(s -> UrduNerLabels.featureForms(s.tokens()))
                .filter(f -> !new UrduCrfTagger(self.crf(), "").labels(f)
                        .equals(new UrduCrfTagger(self.beforeSelfTraining(), "").labels(f)))
                .count();
        assertThat(changed).isPositive();
    }
}
