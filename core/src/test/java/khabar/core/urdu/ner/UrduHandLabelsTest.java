package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrduHandLabelsTest {
    private static final String LINE = "وزیر اعظم شہباز شریف نے لاہور میں مسلم لیگ ن کے اجلاس سے خطاب کیا ۔";

    @Test
    void findsTheLabelledSentenceInTheCorpusByTheHashOfItsTokens(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("news.txt"), "ایک چھوٹی سطر ۔\n" + LINE + "\n", StandardCharsets.UTF_8);
        List<String> tokens = UrduSelfTraining.candidates(dir).get(0);
        assertThat(tokens).startsWith("وزیر", "اعظم", "شہباز");
        Path labels = dir.resolve("labels.tsv");
        Files.writeString(labels, "# hand labels\n" + UrduHandLabels.sha256(tokens) + "\t" + tokens.size()
                + "\tPERSON:2-4 LOCATION:5-6 ORGANIZATION:7-10\n", StandardCharsets.UTF_8);

        Properties flags = new Properties();
        flags.setProperty(UrduHandLabels.LABELS_KEY, labels.toString());
        flags.setProperty(UrduHandLabels.INPUT_KEY, dir.toString());
        List<GoldSentence> gold = UrduHandLabels.fromFlags(flags);

        assertThat(gold).hasSize(1);
        assertThat(gold.get(0).tokens()).isEqualTo(tokens);
        assertThat(gold.get(0).spans()).containsExactly(new Span(2, 4, EntityType.PERSON),
                new Span(5, 6, EntityType.LOCATION), new Span(7, 10, EntityType.ORGANIZATION));
        assertThat(String.join(" ", gold.get(0).tokens().subList(7, 10))).isEqualTo("مسلم لیگ ن");
    }

    @Test
    void aLabelledSentenceMissingFromTheCorpusIsAnErrorThatSaysHowToGetIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("news.txt"), LINE + "\n", StandardCharsets.UTF_8);
        Path labels = dir.resolve("labels.tsv");
        Files.writeString(labels, "a".repeat(64) + "\t14\tPERSON:2-4\n", StandardCharsets.UTF_8);
        Properties flags = new Properties();
        flags.setProperty(UrduHandLabels.LABELS_KEY, labels.toString());
        flags.setProperty(UrduHandLabels.INPUT_KEY, dir.toString());
        assertThatThrownBy(() -> UrduHandLabels.fromFlags(flags)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 of the 1 sentences").hasMessageContaining("bin/extract-ur-unlabeled");

        flags.remove(UrduHandLabels.INPUT_KEY);
        assertThatThrownBy(() -> UrduHandLabels.fromFlags(flags)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(UrduHandLabels.INPUT_KEY);
        assertThat(UrduHandLabels.fromFlags(new Properties())).isEmpty();
    }

    @Test
    void malformedLinesAreRefusedWithTheirLineNumber() {
        String sha = "b".repeat(64);
        assertThatThrownBy(() -> read(sha + "\t5\tPERSON:3-7\n")).hasMessageContaining("line 1")
                .hasMessageContaining("runs past");
        assertThatThrownBy(() -> read("# c\n" + sha + "\t5\tPERSON:0-2 LOCATION:1-3\n")).hasMessageContaining("line 2")
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> read(sha + "\t5\tPERSON 0 2\n")).hasMessageContaining("TYPE:begin-end");
        assertThatThrownBy(() -> read("xyz\t5\t\n")).hasMessageContaining("sha256 TAB tokens TAB spans");
    }

    @Test
    void theTrainerLearnsFromTheHandLabels(@TempDir Path dir) throws Exception {
        // labels no gold set would give: لاہور as an ORGANIZATION, so that the CRF can only have it from them
        List<String> lines = List.of(
                "پولیس نے بتایا کہ لاہور نے شہر میں نئے قوانین کا اعلان کیا ہے ۔",
                "حکام کے مطابق لاہور نے کل رات ایک اجلاس بلایا اور فیصلہ سنایا ۔",
                "اخبار نے لکھا کہ لاہور نے اس معاملے پر کوئی بیان جاری نہیں کیا ۔");
        Files.writeString(dir.resolve("news.txt"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        StringBuilder labels = new StringBuilder();
        for (List<String> tokens : UrduSelfTraining.candidates(dir)) {
            int at = tokens.indexOf("لاہور");
            labels.append(UrduHandLabels.sha256(tokens)).append('\t').append(tokens.size())
                    .append("\tORGANIZATION:").append(at).append('-').append(at + 1).append('\n');
        }
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, labels, StandardCharsets.UTF_8);
        List<GoldSentence> gold;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/ner/ur-news-gold.bio"), StandardCharsets.UTF_8)) {
            gold = GoldReader.read(r, GoldFormat.BIO);
        }
        Properties flags = new Properties();
        flags.setProperty("maxQNItr", "40");
        flags.setProperty(UrduSelfTraining.SENTENCES_KEY, "0");
        flags.setProperty(UrduHandLabels.LABELS_KEY, ""); // the recipe's hand labels need the news corpus
        UrduBiasedCrf without = new UrduNerTrainer(flags).trainCrf(gold, null);
        flags.setProperty(UrduHandLabels.LABELS_KEY, file.toString());
        flags.setProperty(UrduHandLabels.INPUT_KEY, dir.toString());
        UrduBiasedCrf with = new UrduNerTrainer(flags).trainCrf(gold, null);

        List<String> forms = UrduNerLabels.featureForms(UrduSelfTraining.candidates(dir).get(0));
        int at = forms.indexOf("لاہور");
        assertThat(new UrduCrfTagger(without, "").labels(forms).get(at)).isNotEqualTo("ORGANIZATION");
        assertThat(new UrduCrfTagger(with, "").labels(forms).get(at)).isEqualTo("ORGANIZATION");
    }

    private static List<UrduHandLabels.Labels> read(String text) throws IOException {
        return UrduHandLabels.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theRecipeTrainsOnTheCommittedLabelsAndSaysWhereTheirSentencesAre() throws IOException {
        String recipe = UrduNerTrainer.properties().getProperty(UrduHandLabels.LABELS_KEY);
        assertThat(recipe).isEqualTo("classpath:khabar/models/ur-news-hand-labels.tsv");
        List<UrduHandLabels.Labels> labels;
        try (var in = UrduHandLabels.open(recipe)) {
            labels = UrduHandLabels.read(in);
        }
        assertThat(labels).hasSize(3600);
        assertThat(labels.stream().mapToLong(l -> l.spans().size()).sum()).isGreaterThan(4000);
        assertThat(labels.stream().flatMap(l -> l.spans().stream()).map(Span::type).distinct())
                .containsExactlyInAnyOrder(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);
        Properties flags = UrduNerTrainer.properties();
        assertThatThrownBy(() -> UrduHandLabels.fromFlags(flags)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(UrduHandLabels.INPUT_KEY);
    }
}
