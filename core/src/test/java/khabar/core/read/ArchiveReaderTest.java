package khabar.core.read;

import static khabar.core.read.DumpFixtures.articles;
import static khabar.core.read.DumpFixtures.read;
import static khabar.core.read.DumpFixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArchiveReaderTest {
    @Test
    void readsEachZipEntryAsItsOwnDumpWithItsPathInTheOrigin() {
        List<RawArticle> articles = articles(read("articles.zip"));
        assertThat(articles).extracting(RawArticle::origin).containsExactly(
                "file:/dumps/articles.zip!/docs/night-market.txt",
                "file:/dumps/articles.zip!/docs/sport.jsonl", "file:/dumps/articles.zip!/docs/sport.jsonl",
                "file:/dumps/articles.zip!/docs/sport.jsonl.gz", "file:/dumps/articles.zip!/docs/sport.jsonl.gz",
                "file:/dumps/articles.zip!/nested/inner.tar.gz!/inner/story.txt");
        assertThat(articles.get(5).title()).isEqualTo("Night ferry returns to the old port");
    }

    @Test
    void rejectsEntriesThatClimbOutOrAreAbsoluteWithoutDotsInTheOrigin() {
        List<Reject> rejects = rejects(read("articles.zip"));
        assertThat(rejects).extracting(Reject::reasonCode).containsOnly(RejectReason.UNSAFE_PATH);
        assertThat(rejects).extracting(Reject::origin).containsExactly(
                "file:/dumps/articles.zip!/%2E%2E/%2E%2E/escape.txt", "file:/dumps/articles.zip!/abs/root.txt");
    }

    @Test
    void skipsHiddenEntriesAndWarnsAboutLinksInATar() {
        List<String> warnings = new ArrayList<>();
        List<DumpRecord> records = DumpFixtures.read("articles.tar.gz", ReadOptions.defaults(), warnings);
        assertThat(articles(records)).hasSize(5);
        assertThat(rejects(records)).extracting(Reject::reasonCode).containsExactly(RejectReason.UNSUPPORTED_CONTENT);
        assertThat(warnings).singleElement().asString().contains("link-to-article.txt");
        assertThat(read("articles.zip")).noneMatch(r -> r.origin().contains("DS_Store") || r.origin().contains("MACOSX"));
    }

    @Test
    void stopsABombAtItsExpansionRatioAndKeepsTheEntryBeforeIt() {
        List<DumpRecord> records = read("bomb.zip");
        assertThat(articles(records)).extracting(RawArticle::origin).containsExactly("file:/dumps/bomb.zip!/first.txt");
        assertThat(rejects(records)).extracting(Reject::reasonCode).containsOnly(RejectReason.TOO_LARGE);
        assertThat(rejects(records).get(0).origin()).isEqualTo("file:/dumps/bomb.zip!/bomb.txt");
    }

    @Test
    void rejectsAnEntryOverItsLimitAndReadsTheEntriesAfterIt() {
        ReadOptions small = new ReadOptions(null, 1 << 20, 1 << 20, 1L << 30, 100_000);
        List<DumpRecord> records = DumpFixtures.read("bomb.zip", small, new ArrayList<>());
        assertThat(articles(records)).extracting(RawArticle::origin)
                .containsExactly("file:/dumps/bomb.zip!/first.txt", "file:/dumps/bomb.zip!/after.txt");
        assertThat(rejects(records)).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(r.origin()).endsWith("!/bomb.txt");
        });
    }

    @Test
    void cutsAnArchiveAtItsTotalBudget() {
        ReadOptions small = new ReadOptions(null, 1 << 20, 1L << 30, 4 << 20, 100_000);
        List<DumpRecord> records = DumpFixtures.read("bomb.zip", small, new ArrayList<>());
        assertThat(records.get(records.size() - 1)).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(r.origin()).isEqualTo("file:/dumps/bomb.zip");
            assertThat(r.reason()).contains("rest of the archive is not read");
        });
    }

    @Test
    void readsOneLevelOfNestingAndRejectsDeeper() {
        assertThat(read("nested-too-deep.zip")).singleElement().isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.NESTED_ARCHIVE);
            assertThat(r.origin()).isEqualTo("file:/dumps/nested-too-deep.zip!/level1.zip!/level2.zip");
        });
    }

    @Test
    void forcingAFormatAppliesToEntriesButArchivesAreStillDetected() {
        List<DumpRecord> records = DumpFixtures.read("articles.tar.gz",
                ReadOptions.defaults().withFormat(DumpFormat.TEXT), new ArrayList<>());
        assertThat(articles(records)).extracting(RawArticle::origin).containsExactly(
                "file:/dumps/articles.tar.gz!/docs/night-market.txt", "file:/dumps/articles.tar.gz!/docs/sport.jsonl",
                "file:/dumps/articles.tar.gz!/docs/gigaword.sgml");
    }
}
