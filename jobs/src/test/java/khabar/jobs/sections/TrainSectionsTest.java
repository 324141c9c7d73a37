package khabar.jobs.sections;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import khabar.jobs.CliProcess;
import khabar.jobs.TestSpark;
import khabar.jobs.process.ChildProcess;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real, small training run of the section model on generated text whose desks use disjoint words. */
class TrainSectionsTest {
    private static final Map<String, List<String>> EN = Map.of(
            "sport", List.of("cricket", "match", "wickets", "innings", "team", "captain", "stadium", "goal", "tournament"),
            "business", List.of("market", "shares", "inflation", "rupee", "exports", "bank", "profit", "investors", "prices"),
            "health", List.of("hospital", "doctors", "vaccine", "patients", "dengue", "polio", "disease", "treatment", "clinic"));
    private static final Map<String, List<String>> UR = Map.of(
            "sport", List.of("کرکٹ", "میچ", "وکٹیں", "ٹیم", "کپتان", "اسٹیڈیم", "گول", "ٹورنامنٹ"),
            "business", List.of("مارکیٹ", "حصص", "مہنگائی", "روپے", "برآمدات", "بینک", "منافع", "قیمتیں"),
            "health", List.of("ہسپتال", "ڈاکٹروں", "ویکسین", "مریضوں", "ڈینگی", "پولیو", "بیماری", "علاج"));
    private static final StructType ARTICLES = new StructType().add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true).add("language", DataTypes.StringType, true);

    @TempDir
    static Path dir;
    private static Path modelDir;
    private static TrainSections.Run run;

    @BeforeAll
    static void train() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.write(input.resolve("en.tsv"), lines(EN, "the", "said", 60, 1), StandardCharsets.UTF_8);
        Files.write(input.resolve("ur.tsv"), lines(UR, "کے", "نے", 60, 2), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("notes.md"), "not a training file");
        modelDir = dir.resolve("model");
        SectionModel.Settings settings = new SectionModel.Settings(List.of(), 1 << 12, 3, 4, 3000, 1e-3, 50);
        run = TrainSections.run(new TrainSections.Options(input, modelDir, settings, 1000, 0.2, 1), TestSpark.session());
    }

    /** n articles per label of random words of the label plus filler words, 'label<TAB>text'. */
    private static List<String> lines(Map<String, List<String>> words, String filler1, String filler2, int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        words.forEach((label, vocabulary) -> {
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ')
                            .append(w % 3 == 0 ? filler1 : filler2).append(' ');
                }
                out.add(label + "\t" + text.toString().strip() + " " + i);
            }
        });
        return out;
    }

    @Test
    void trainsOnEachLanguagesFileAndScoresTheHeldOutArticles() {
        assertThat(run.trainCounts()).containsOnlyKeys("en", "ur");
        assertThat(run.trainCounts().get("en")).containsOnlyKeys("sport", "business", "health");
        long trained = run.trainCounts().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        assertThat(run.heldOut().get("en").items() + run.heldOut().get("ur").items() + trained).isEqualTo(360);
        assertThat(run.heldOut().get("en").macroF1()).isEqualTo(1.0);
        assertThat(run.heldOut().get("ur").accuracy()).isEqualTo(1.0);
        assertThat(run.modelBytes()).isBetween(10_000L, 2_000_000L);
    }

    @Test
    void theWrittenModelIsReadBackAndClassifiesNewArticlesWithNullsForNothingToClassify() throws IOException {
        assertThat(Files.readAllLines(modelDir.resolve(Sections.FILES))).anyMatch(f -> f.startsWith("metadata/"))
                .anyMatch(f -> f.startsWith("stages/") && f.endsWith(".parquet")).noneMatch(f -> f.endsWith(".crc"));
        PipelineModel model = ShippedSectionModel.at(modelDir.toUri().toString());
        List<Row> rows = List.of(
                RowFactory.create("Final", "The captain said the team won the match by six wickets at the stadium.", "en"),
                RowFactory.create("", "Investors said shares and the rupee rose as inflation fell.", "en"),
                RowFactory.create("", "ہسپتال میں ڈاکٹروں نے مریضوں کا علاج کیا اور ڈینگی کی ویکسین دی۔", "ur"),
                RowFactory.create("Cricket", "", "en"),
                RowFactory.create("Cricket", null, "en"),
                RowFactory.create("Cricket", "2024 -- 11:30", "en"),
                RowFactory.create("Match", "Le capitaine a marqué un but au stade.", "fr"));
        Dataset<Row> in = TestSpark.session().createDataFrame(rows, ARTICLES);
        Dataset<Row> text = SectionModel.classify(model, in, col("text"), col("language"), "section", "section_confidence");
        assertThat(text.columns()).containsExactly("title", "text", "language", "section", "section_confidence");
        List<Row> out = text.collectAsList();
        assertThat(out.stream().map(r -> r.getString(3)).toList())
                .containsExactly("sport", "business", "health", null, null, null, null);
        for (Row r : out.subList(0, 3)) {
            assertThat(r.getDouble(4)).isBetween(0.5, 1.0);
        }
        assertThat(out.subList(3, 7)).allMatch(r -> r.isNullAt(4));
        // the serialized scorer beside the model (what the nightly job reads on executors) scores as the model does
        assertThat(Files.readAllLines(modelDir.resolve(Sections.FILES))).contains(Sections.SCORER);
        SectionScorer written;
        try (java.io.InputStream scorer = Files.newInputStream(modelDir.resolve(Sections.SCORER))) {
            written = SectionScorer.read(scorer);
        }
        for (Row r : rows.subList(0, 3)) {
            assertThat(written.score(r.getString(0) + ". " + r.getString(1), r.getString(2)))
                    .isEqualTo(SectionScorer.of(model).score(r.getString(0) + ". " + r.getString(1), r.getString(2)));
        }
    }

    @Test
    void evalSectionsPrintsPerLabelFiguresAndEndsWithOneJsonLine() throws Exception {
        Path gold = dir.resolve("gold-en.tsv");
        Files.write(gold, List.of("sport\tThe team won the cricket match and the captain took four wickets.",
                "business\tShares rose on the market as the bank reported a profit.",
                "health\tDoctors at the hospital gave patients the polio vaccine.",
                "health\tThe stadium hosted the final of the tournament."), StandardCharsets.UTF_8);
        try (ChildProcess p = CliProcess.start(List.of("eval-sections", "--lang", "en", "--gold", gold.toString(),
                "--model", modelDir.toString(), "--master", "local[1]", "--json"))) {
            p.waitForSuccess();
            String[] lines = p.output().strip().split("\n");
            JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
            assertThat(json.get("items").asInt()).isEqualTo(4);
            assertThat(json.get("accuracy").asDouble()).isEqualTo(0.75);
            assertThat(json.at("/per_label/sport/precision").asDouble()).isEqualTo(0.5);
            assertThat(json.at("/per_label/health/recall").asDouble()).isEqualTo(0.5);
            assertThat(json.get("macro_f1").asDouble()).isBetween(0.7, 0.8);
            assertThat(json.get("items_per_second").asDouble()).isPositive();
            assertThat(p.output()).contains("macro-F1");
        }
    }
}
