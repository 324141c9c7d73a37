package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;

/** The class bias of the Urdu CRF: plain decoding when absent, the trade-off it promises, safe across threads. */
class UrduBiasedCrfTest {
    private static UrduBiasedCrf crf;
    private static List<List<String>> sentences;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(
                UrduBiasedCrfTest.class.getClassLoader().getResourceAsStream(UrduNer.MODEL)))) {
            crf = UrduBiasedCrf.read(in);
        }
        try (Reader r = new InputStreamReader(UrduBiasedCrfTest.class.getResourceAsStream("/ner/ur-news-gold.bio"),
                StandardCharsets.UTF_8)) {
            sentences = new ArrayList<>();
            for (GoldSentence s : GoldReader.read(r, GoldFormat.BIO)) {
                sentences.add(s.tokens().stream().map(UrduNerLabels::featureForm).toList());
            }
        }
    }

    private static List<String> labels(String bias, List<String> forms) {
        return new UrduCrfTagger(crf, bias).labels(forms);
    }

    private static long count(String bias, String label) {
        return sentences.stream().flatMap(s -> labels(bias, s).stream()).filter(label::equals).count();
    }

    @Test
    void wordVectorFeaturesAreRefusedWithTheReason() {
        Properties flags = new Properties();
        flags.setProperty("useEmbedding", "true");
        assertThatThrownBy(() -> new UrduBiasedCrf(flags)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("useEmbedding=true is not supported").hasMessageContaining("docs/urdu-ner.md");
        flags.setProperty("useEmbedding", "false");
        assertThat(new UrduBiasedCrf(flags)).isNotNull();
    }

    @Test
    void noBiasDecodesAsCoreNlpsOwnClassifier() throws Exception {
        CRFClassifier<CoreLabel> plain;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(
                UrduBiasedCrfTest.class.getClassLoader().getResourceAsStream(UrduNer.MODEL)))) {
            plain = CRFClassifier.getClassifier(in);
        }
        for (List<String> forms : sentences) {
            List<CoreLabel> doc = new ArrayList<>();
            for (String f : forms) {
                CoreLabel cl = new CoreLabel();
                cl.setWord(f);
                cl.setValue(f);
                doc.add(cl);
            }
            List<String> expected = plain.classifySentence(doc).stream()
                    .map(cl -> cl.get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class)).toList();
            assertThat(labels("", forms)).isEqualTo(expected);
            assertThat(labels("PERSON:0,O:0", forms)).isEqualTo(expected);
        }
    }

    @Test
    void aBiasTowardsALabelGivesItMoreTokensAndAgainstItFewer() {
        long plain = count("", "PERSON");
        assertThat(plain).isPositive();
        // a small bias may flip no token of a confident model; a larger one must flip some, and never fewer
        assertThat(count("PERSON:1.5", "PERSON")).isGreaterThanOrEqualTo(plain);
        assertThat(count("PERSON:4", "PERSON")).isGreaterThan(count("PERSON:1.5", "PERSON"));
        assertThat(count("PERSON:-3", "PERSON")).isLessThan(plain);
        // a bias far below every other label's potential: no token is left outside an entity
        assertThat(count("O:-50", "O")).isZero();
    }

    @Test
    void unknownLabelsAndWeightsAreErrorsThatNameTheLabels() {
        assertThatThrownBy(() -> crf.bias("PERSN:0.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PERSN").hasMessageContaining("ORGANIZATION");
        assertThatThrownBy(() -> crf.bias("PERSON:lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lots");
        assertThat(crf.bias(" ")).isNull();
    }

    @Test
    void threadsWithDifferentBiasesOnOneModelGetWhatEachWouldAlone() throws Exception {
        List<String> biases = List.of("", "PERSON:1.0", "O:-1.0", "LOCATION:-2.0");
        List<List<List<String>>> alone = new ArrayList<>();
        for (String b : biases) {
            alone.add(sentences.stream().map(s -> labels(b, s)).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(biases.size());
        try {
            List<Future<List<List<String>>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String b : biases) {
                    futures.add(pool.submit(() -> sentences.stream().map(s -> labels(b, s)).toList()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(2, TimeUnit.MINUTES)).isEqualTo(alone.get(i % biases.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
