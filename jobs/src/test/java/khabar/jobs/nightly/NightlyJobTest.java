package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import khabar.jobs.TestSpark;
import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.stages.AnalyseListener;
import khabar.jobs.tables.ArticlesTable;
import khabar.jobs.tables.RejectsTable;
import khabar.jobs.tables.QuotesTable;
import khabar.jobs.tables.StoriesTable;
import khabar.jobs.tables.Tables;
import khabar.jobs.tables.Warehouse;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job on the bundled samples, end to end on local Spark, run twice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyJobTest {
    static final LocalDate DATE = LocalDate.parse("2024-07-26");
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private final SparkSession spark = TestSpark.session();
    private RunRecord first;
    private RunRecord second;
    private Map<String, Long> countsAfterFirst;

    @BeforeAll
    void runTheSamplesTwice() {
        KhabarConfig config = config(SAMPLES + "/{date}", dir.resolve("wh"));
        first = NightlyJob.run(new NightlyJob.Options(DATE, "nightly", config, AnalyseListener.NONE), spark);
        countsAfterFirst = tableCounts();
        second = NightlyJob.run(new NightlyJob.Options(DATE, "nightly", config, AnalyseListener.NONE), spark);
    }

    private static KhabarConfig config(String input, Path warehouse) {
        return ConfigLoader.load(null, Map.of("khabar.input", input, "khabar.warehouse", warehouse.toString()));
    }

    private Warehouse warehouse() {
        Warehouse w = new Warehouse(spark, dir.resolve("wh").toString());
        w.registerViews();
        return w;
    }

    private List<Row> sql(String query) {
        warehouse();
        return spark.sql(query).collectAsList();
    }

    private Map<String, Long> tableCounts() {
        warehouse();
        return Tables.ALL.stream().filter(t -> !t.name().equals("runs")).collect(Collectors.toMap(
                t -> t.name(), t -> spark.table(t.name()).count()));
    }

    @Test
    void writesEveryTablePartitionedByDumpDate() {
        for (var t : Tables.ALL) {
            assertThat(dir.resolve("wh").resolve(t.name()).resolve("dump_date=2024-07-26")).isDirectory();
        }
        assertThat(sql("select distinct dump_date from articles")).singleElement()
                .satisfies(r -> assertThat(r.get(0)).hasToString("2024-07-26"));
    }

    @Test
    void findsUrduAndEnglishArticles() {
        Map<String, Long> byLanguage = sql("select language, count(*) from articles group by language").stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
        assertThat(byLanguage).containsOnlyKeys("ur", "en");
        assertThat(byLanguage.get("ur")).isEqualTo(6);
        assertThat(byLanguage.get("en")).isEqualTo(12);
    }

    @Test
    void theSeedHasItsTitleDatelineLanguageAndSentences() throws IOException {
        String seed = Files.readString(SAMPLES.resolve("2024-07-26/ur/afp-rockets-iraq-syria.txt"));
        List<Row> rows = sql("select article_id, title, text, dateline, language, sentence_count from articles "
                + "where origin like '%afp-rockets-iraq-syria.txt'");
        assertThat(rows).hasSize(1);
        Row a = rows.get(0);
        assertThat(a.getString(1)).isEqualTo(seed.substring(0, seed.indexOf('\n')).strip());
        assertThat(a.getString(2)).startsWith("بغداد (اے ایف پی)").endsWith("حملے کرتی ہیں۔");
        assertThat(a.getString(3)).isEqualTo("بغداد");
        assertThat(a.getString(4)).isEqualTo("ur");
        assertThat(a.getInt(5)).isGreaterThanOrEqualTo(15);
        List<Row> body = sql("select text from sentences where section = 'body' and article_id = '"
                + a.getString(0) + "' order by sentence_index");
        assertThat(body).hasSizeGreaterThanOrEqualTo(15);
        assertThat(body).allSatisfy(r -> assertThat(r.getString(0)).matches("(?s).*[۔؟!”\"]$"));
    }

    @Test
    void entityMentionsEqualTheTextAtTheirOffsets() {
        List<Row> bad = sql("select e.mention from entities e join articles a using (article_id) where "
                + "substring(case when e.section = 'body' then a.text else a.title end, e.char_begin + 1, "
                + "e.char_end - e.char_begin) <> e.mention");
        assertThat(bad).isEmpty();
        assertThat(sql("select count(*) from entities").get(0).getLong(0)).isGreaterThan(100);
    }

    @Test
    void englishEntitiesIncludeWhatAReaderSees() {
        List<String> found = sql("select distinct concat(type, ':', mention) from entities where language = 'en'")
                .stream().map(r -> r.getString(0)).toList();
        assertThat(found).contains("LOCATION:Iraq", "LOCATION:Baghdad", "LOCATION:Washington", "LOCATION:Syria",
                "ORGANIZATION:Pentagon", "ORGANIZATION:Hamas", "LOCATION:Karachi");
        assertThat(found.stream().filter(s -> s.startsWith("PERSON:"))).hasSizeGreaterThan(10);
    }

    @Test
    void iraqHasOneIdInUrduAndEnglishArticles() {
        List<Row> rows = sql("select canonical_name, language, count(*) from entities where kb_id = 'iso3166:IQ' "
                + "group by 1, 2 order by 2");
        assertThat(rows).extracting(r -> r.getString(0)).containsOnly("Iraq");
        assertThat(rows).extracting(r -> r.getString(1)).containsExactly("en", "ur");
    }

    @Test
    void theSeedsPlacesAndOrganizationsComeOutWhole() {
        List<String> found = sql("select distinct concat(e.type, ':', e.mention) from entities e join articles a "
                + "using (article_id) where a.origin like '%afp-rockets-iraq-syria.txt'").stream()
                .map(r -> r.getString(0)).toList();
        assertThat(found).contains("LOCATION:عراق", "LOCATION:شام", "LOCATION:بغداد", "LOCATION:واشنگٹن",
                "LOCATION:تہران", "ORGANIZATION:حماس", "ORGANIZATION:اے ایف پی");
    }

    @Test
    void eventsAreCodedInBothLanguagesWithOffsetsIntoTheirSection() {
        assertThat(sql("select distinct language from events order by 1")).extracting(r -> r.getString(0))
                .containsExactly("en", "ur");
        List<Row> bad = sql("select v.trigger from events v join articles a using (article_id) where "
                + "substring(case when v.section = 'body' then a.text else a.title end, v.trigger_char_begin + 1, "
                + "v.trigger_char_end - v.trigger_char_begin) <> v.trigger");
        assertThat(bad).isEmpty();
        assertThat(sql("select count(*), count(distinct event_id) from events")).singleElement()
                .satisfies(r -> assertThat(r.getLong(1)).isEqualTo(r.getLong(0)));
        assertThat(sql("select count(*) from events where event_root between '18' and '20' and language = 'ur'")
                .get(0).getLong(0)).isPositive();
    }

    @Test
    void quotationsOfBothLanguagesLieInTheirSectionAndAreCountedInTheRun() {
        List<Row> bad = sql("select q.article_id, q.quote from quotes q join articles a on a.article_id = q.article_id "
                + "and a.dump_date = q.dump_date where substring(case when q.section = 'body' then a.text else a.title end, "
                + "q.char_begin + 1, q.char_end - q.char_begin) <> q.quote or (q.speaker_char_begin is not null and "
                + "substring(case when q.section = 'body' then a.text else a.title end, q.speaker_char_begin + 1, "
                + "q.speaker_char_end - q.speaker_char_begin) <> q.speaker)");
        assertThat(bad).isEmpty();
        assertThat(sql("select language, count(*) from quotes group by language order by language"))
                .extracting(r -> r.getString(0)).containsExactly("en", "ur");
        assertThat(sql("select count(*) from quotes where kind not in ('direct', 'indirect') "
                + "or speaker_type not in ('PERSON', 'ORGANIZATION', 'ROLE')").get(0).getLong(0)).isZero();
        assertThat(first.counts().rows(QuotesTable.SPEC)).isEqualTo(sql("select count(*) from quotes").get(0).getLong(0));
    }

    @Test
    void theBadJsonLineAndTheEmptyFileAreRejectedWithReasons() {
        List<Row> rejects = sql("select reason_code, origin, origin_offset, reason from rejects order by reason_code");
        assertThat(rejects).extracting(r -> r.getString(0)).containsExactly("EMPTY_FILE", "MALFORMED_JSON");
        assertThat(rejects.get(0).getString(1)).endsWith("empty-story.txt");
        assertThat(rejects.get(1).getString(1)).endsWith("wire-2024-07-26.jsonl");
        assertThat(rejects.get(1).getLong(2)).isEqualTo(2);
        assertThat(rejects.get(1).getString(3)).contains("line 3");
    }

    @Test
    void theSyndicatedCopyPointsAtTheFirstCopyAndIsNotAnalysedAgain() {
        List<Row> dups = sql("select a.duplicate_of, a.token_count, f.duplicate_of, f.token_count from articles a "
                + "join articles f on a.duplicate_of = f.article_id");
        assertThat(dups).singleElement().satisfies(r -> {
            assertThat(r.isNullAt(1)).isTrue();
            assertThat(r.isNullAt(2)).isTrue();
            assertThat(r.getInt(3)).isGreaterThan(100);
        });
    }

    @Test
    void everyArticleIsInAStoryTheSyndicatedCopyInItsFirstCopysAndTheStoriesTableCountsThem() {
        assertThat(sql("select a.story_id = f.story_id from articles a join articles f on a.duplicate_of = f.article_id"))
                .singleElement().satisfies(r -> assertThat(r.getBoolean(0)).isTrue());
        assertThat(sql("select count(*) from articles where story_id is null or length(story_id) <> 32").get(0).getLong(0)).isZero();
        long storyIds = sql("select count(distinct story_id) from articles").get(0).getLong(0);
        assertThat(storyIds).isLessThan(18);
        assertThat(sql("select count(*), sum(article_count), sum(duplicate_count) from stories")).singleElement().satisfies(r -> {
            assertThat(r.getLong(0)).isEqualTo(storyIds);
            assertThat(r.getLong(1)).isEqualTo(18);
            assertThat(r.getLong(2)).isEqualTo(1);
        });
        assertThat(first.counts().rows(StoriesTable.SPEC)).isEqualTo(storyIds);
        // the first article of a story is one of its own, the earliest published, and gives the title
        assertThat(sql("select count(*) from stories s join articles a on a.article_id = s.first_article_id "
                + "and a.story_id = s.story_id and a.title = s.title "
                + "and (s.first_published_at is null or a.published_at = s.first_published_at)").get(0).getLong(0))
                .isEqualTo(storyIds);
        assertThat(sql("select count(*) from stories where source_count <> size(sources) or size(languages) = 0").get(0).getLong(0))
                .isZero();
    }

    @Test
    void themesAndToneComeFromTheAnalysedArticlesAndAreCountedInTheLedger() {
        long themes = sql("select count(*) from themes").get(0).getLong(0);
        assertThat(themes).isPositive();
        assertThat(first.counts().rows(khabar.jobs.tables.ThemesTable.SPEC)).isEqualTo(themes);
        assertThat(sql("select count(*) from themes t left join articles a using (article_id) "
                + "where a.article_id is null or a.duplicate_of is not null").get(0).getLong(0)).isZero();
        // tone: every analysed article with a body in en or ur has it, a syndicated copy (not analysed) has none
        assertThat(sql("select count(*) from articles where language in ('en', 'ur') and token_count is not null "
                + "and length(trim(text)) > 0 and (tone is null or word_count is null)").get(0).getLong(0)).isZero();
        assertThat(sql("select count(*) from articles where duplicate_of is not null and tone is not null").get(0).getLong(0))
                .isZero();
        assertThat(sql("select count(*) from articles where abs(tone - (positive_score - negative_score)) > 1e-9 "
                + "or abs(polarity - (positive_score + negative_score)) > 1e-9").get(0).getLong(0)).isZero();
        assertThat(sql("select count(*) from events where sentence_tone is not null").get(0).getLong(0)).isPositive();
    }

    @Test
    void eventsCountTheArticlesAndCopiesAndSourcesBehindTheirKey() {
        List<Row> wrong = sql("with mentions as (select distinct event_key, article_id from events), "
                + "copies as (select coalesce(duplicate_of, article_id) g, count(*) n, collect_set(source) s from articles group by 1), "
                + "want as (select m.event_key, sum(c.n) n, size(array_distinct(flatten(collect_list(c.s)))) s "
                + "from mentions m join copies c on m.article_id = c.g group by 1) "
                + "select e.event_key from events e join want w using (event_key) where e.num_articles <> w.n or e.num_sources <> w.s");
        assertThat(wrong).isEmpty();
        assertThat(sql("select count(*) from events where num_articles < 1").get(0).getLong(0)).isZero();
    }

    @Test
    void rerunningTheDateReplacesItsRowsInsteadOfAddingThem() {
        assertThat(tableCounts()).isEqualTo(countsAfterFirst);
        assertThat(second.counts()).isEqualTo(first.counts());
        assertThat(first.counts().rows(ArticlesTable.SPEC)).isEqualTo(18);
        assertThat(first.counts().rows(RejectsTable.SPEC)).isEqualTo(2);
    }

    @Test
    void theLedgerHasARunningAndAFinalRowPerRun() {
        List<Row> runs = sql("select run_id, status, articles from runs order by started_at, status");
        assertThat(runs).hasSize(4);
        assertThat(runs.stream().map(r -> r.getString(0)).distinct()).containsExactlyInAnyOrder(first.runId(), second.runId());
        assertThat(runs.stream().filter(r -> r.getString(1).equals("succeeded")).map(r -> r.getLong(2)))
                .containsExactly(18L, 18L);
    }

    @Test
    void aDateOfOnlyBadInputFailsWithAMessageAndKeepsItsRejects() throws IOException {
        Path input = dir.resolve("bad/2024-01-01");
        Files.createDirectories(input);
        Files.writeString(input.resolve("a.jsonl"), "{not json\n{\"title\": 1\n");
        Files.write(input.resolve("b.txt"), new byte[0]);
        KhabarConfig config = config(dir.resolve("bad") + "/{date}", dir.resolve("badwh"));
        LocalDate date = LocalDate.parse("2024-01-01");
        assertThatThrownBy(() -> NightlyJob.run(new NightlyJob.Options(date, "nightly", config, AnalyseListener.NONE), spark))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("khabar.rejects.max-ratio").hasMessageContaining("rerun");
        Warehouse w = new Warehouse(spark, dir.resolve("badwh").toString());
        assertThat(w.read(Tables.byName("rejects")).count()).isEqualTo(3);
        assertThat(w.read(Tables.byName("runs")).filter("status = 'failed'").count()).isEqualTo(1);
        assertThat(w.exists(Tables.byName("articles"))).isFalse();
    }

    @Test
    void aMissingInputFolderIsAClearError() {
        KhabarConfig config = config(dir.resolve("nowhere") + "/{date}", dir.resolve("wh2"));
        assertThatThrownBy(() -> NightlyJob.run(new NightlyJob.Options(DATE, "nightly", config, AnalyseListener.NONE), spark))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("wh2");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
