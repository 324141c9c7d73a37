package khabar.core.read;

import static khabar.core.read.DumpFixtures.articles;
import static khabar.core.read.DumpFixtures.read;
import static khabar.core.read.DumpFixtures.readBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonDocumentReaderTest {
    @Test
    void readsAPrettyPrintedNewsPleaseArticleWithItsDescription() {
        assertThat(read("news-please-article.json")).singleElement().isInstanceOfSatisfying(RawArticle.class, a -> {
            assertThat(a.title()).isEqualTo("Library opens late on Fridays");
            assertThat(a.text()).startsWith("NORTHBROOK - The public library").contains("\n\nThe council said");
            assertThat(a.description()).isEqualTo("Longer opening hours start in August.");
            assertThat(a.source()).isEqualTo("northbrook.example.org");
            assertThat(a.publishedAt()).isEqualTo("2024-07-12 08:15:00");
            assertThat(a.originOffset()).isZero();
        });
    }

    @Test
    void readsEveryElementOfAnArrayWithItsIndex() {
        List<DumpRecord> records = read("news-please-array.json");
        assertThat(records).extracting(DumpRecord::originOffset).containsExactly(0L, 1L, 2L);
        assertThat(records.get(1)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.MISSING_TEXT));
        assertThat(articles(records).get(1).languageHint()).isEqualTo("ur");
        assertThat(articles(records).get(1).title()).isEqualTo("کراچی میں پانی کی قلت");
    }

    @Test
    void keepsTheElementsBeforeTheBreakOfATruncatedArray() {
        List<DumpRecord> records = read("news-please-array-truncated.json");
        assertThat(articles(records)).extracting(RawArticle::title).containsExactly("Bus fares frozen");
        assertThat(records.get(records.size() - 1)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.MALFORMED_JSON));
    }

    @Test
    void rejectsAValueOverTheRecordLimit() {
        String json = "[{\"title\":\"Big\",\"maintext\":\"" + "x".repeat(5000) + "\"}]";
        List<DumpRecord> records = readBytes("file:/big.json", json.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withMaxRecordBytes(2048), new ArrayList<>());
        assertThat(records).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.TOO_LARGE));
    }

    @Test
    void rejectsInvalidUtf8InsideAJsonDocument() {
        byte[] bytes = "[{\"title\":\"T\",\"maintext\":\"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1);
        List<DumpRecord> records = readBytes("file:/latin.json", bytes, ReadOptions.defaults(), new ArrayList<>());
        assertThat(records).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.INVALID_ENCODING));
    }
}
