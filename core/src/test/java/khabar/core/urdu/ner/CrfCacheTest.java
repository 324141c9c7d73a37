package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Properties;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real (small) training kept in the cache, found again, and missed when a flag or the data changes. */
class CrfCacheTest {
    private static List<GoldSentence> gold() throws Exception {
        try (Reader r = new InputStreamReader(CrfCacheTest.class.getResourceAsStream("/ner/ur-news-gold.bio"),
                StandardCharsets.UTF_8)) {
            return GoldReader.read(r, GoldFormat.BIO);
        }
    }

    private static Properties flags(Path cache, String iterations) {
        Properties flags = new Properties();
        flags.setProperty("maxQNItr", iterations);
        flags.setProperty(UrduSelfTraining.SENTENCES_KEY, "0");
        flags.setProperty(UrduHandLabels.LABELS_KEY, ""); // the recipe's hand labels need the news corpus
        flags.setProperty(CrfCache.KEY, cache.toString());
        return flags;
    }

    @Test
    void aCachedCrfTagsAsTheTrainedOneAndOnlyTheSameInputsFindIt(@TempDir Path cache) throws Exception {
        List<GoldSentence> gold = gold();
        UrduBiasedCrf trained = new UrduNerTrainer(flags(cache, "15")).trainCrf(gold, null);
        List<Path> kept;
        try (var files = Files.list(cache)) {
            kept = files.toList();
        }
        assertThat(kept).hasSize(1).allMatch(p -> p.getFileName().toString().endsWith(".crf.ser.gz"));
        Object file = Files.readAttributes(kept.get(0), BasicFileAttributes.class).fileKey();

        UrduBiasedCrf again = new UrduNerTrainer(flags(cache, "15")).trainCrf(gold, null);
        assertThat(again).isNotSameAs(trained);
        for (GoldSentence s : gold) {
            List<String> forms = UrduNerLabels.featureForms(s.tokens());
            assertThat(new UrduCrfTagger(again, "").labels(forms)).isEqualTo(new UrduCrfTagger(trained, "").labels(forms));
        }
        try (var files = Files.list(cache)) {
            assertThat(files.toList()).containsExactlyElementsOf(kept);
        }
        assertThat(Files.readAttributes(kept.get(0), BasicFileAttributes.class).fileKey())
                .as("read, not trained and written again").isEqualTo(file);

        new UrduNerTrainer(flags(cache, "10")).trainCrf(gold, null);                       // another flag
        new UrduNerTrainer(flags(cache, "15")).trainCrf(gold.subList(1, gold.size()), null); // other sentences
        try (var files = Files.list(cache)) {
            assertThat(files.count()).isEqualTo(3);
        }
    }
}
