package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.ObjectOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CRF trained with word vectors as dense features (useEmbedding), kept in its serialized form. */
class UrduEmbeddingFeaturesTest {
    @TempDir
    Path dir;

    private static List<GoldSentence> gold() throws Exception {
        try (Reader r = new InputStreamReader(UrduEmbeddingFeaturesTest.class.getResourceAsStream("/ner/ur-news-gold.bio"),
                StandardCharsets.UTF_8)) {
            return GoldReader.read(r, GoldFormat.BIO);
        }
    }

    private Properties flags(Path words, Path vectors) {
        Properties flags = new Properties();
        flags.setProperty("maxQNItr", "10");
        flags.setProperty(UrduSelfTraining.SENTENCES_KEY, "0");
        flags.setProperty("useEmbedding", "true");
        flags.setProperty("prependEmbedding", "true");
        flags.setProperty("embeddingWords", words.toString());
        flags.setProperty("embeddingVectors", vectors.toString());
        return flags;
    }

    @Test
    void vectorsBecomeFeaturesAndTravelInsideTheModel() throws Exception {
        List<GoldSentence> gold = gold();
        TreeSet<String> vocabulary = new TreeSet<>();
        gold.forEach(s -> vocabulary.addAll(UrduNerLabels.featureForms(s.tokens())));
        List<String> words = new ArrayList<>(List.of("UNKNOWN", "PADDING"));
        List<String> vectors = new ArrayList<>(List.of("0 0 0 0", "0 0 0 0"));
        Random random = new Random(5);
        for (String w : vocabulary) {
            words.add(w);
            vectors.add(String.format(Locale.ROOT, "%.3f %.3f %.3f %.3f", random.nextGaussian(), random.nextGaussian(),
                    random.nextGaussian(), random.nextGaussian()));
        }
        Path wordFile = Files.write(dir.resolve("words.txt"), words);
        Path vectorFile = Files.write(dir.resolve("vectors.txt"), vectors);

        UrduBiasedCrf crf = new UrduNerTrainer(flags(wordFile, vectorFile)).trainCrf(gold, null);
        assertThat(crf.topWeights().values().stream().flatMap(c -> c.keySet().stream()).toList()).anyMatch(f -> f.equals("EMBEDDING-(0)-3"))
                .anyMatch(f -> f.equals("EMBEDDING-(-2)-0")).anyMatch(f -> f.endsWith("-WORD|C"));

        Files.delete(wordFile);
        Files.delete(vectorFile);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            crf.serializeClassifier(out);
        }
        UrduBiasedCrf read = UrduBiasedCrf.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (GoldSentence s : gold) {
            List<String> forms = UrduNerLabels.featureForms(s.tokens());
            assertThat(new UrduCrfTagger(read, "").labels(forms)).as("the vectors read back from the model, not the files")
                    .isEqualTo(new UrduCrfTagger(crf, "").labels(forms));
        }
    }

    @Test
    void vectorsWithoutTheOtherFeaturesAreRefused() {
        Properties flags = flags(dir.resolve("words.txt"), dir.resolve("vectors.txt"));
        flags.setProperty("prependEmbedding", "false");
        assertThatThrownBy(() -> new UrduNerTrainer(flags).trainCrf(gold(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prependEmbedding=true");
    }

    @Test
    void missingVectorFilesAreAnErrorNamingTheFlags() {
        assertThatThrownBy(() -> new UrduNerTrainer(flags(dir.resolve("no-words.txt"), dir.resolve("no-vectors.txt")))
                .trainCrf(gold(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("embeddingWords=");
    }
}
