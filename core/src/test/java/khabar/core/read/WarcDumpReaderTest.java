package khabar.core.read;

import static khabar.core.read.DumpFixtures.articles;
import static khabar.core.read.DumpFixtures.read;
import static khabar.core.read.DumpFixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WarcDumpReaderTest {
    /** gzip member offsets of the fixture's records, as make_dumps.py prints them. */
    private static final long ENGLISH_MEMBER = 433;
    private static final long URDU_MEMBER = 1638;

    @Test
    void readsResponseRecordsAndSkipsRequestWarcinfoAndMetadata() {
        List<DumpRecord> records = read("cc-news-sample.warc.gz");
        // 7 responses: 3 articles, a redirect, an image, a page without text → 3 articles + 3 rejects
        assertThat(articles(records)).extracting(RawArticle::url).containsExactly(
                "https://www.dailylantern.example/news/flood-wall", "https://urdu.example.pk/lahore-barish",
                "https://markets.example.com/wheat");
        assertThat(rejects(records)).extracting(Reject::reasonCode).containsExactly(
                RejectReason.UNSUPPORTED_CONTENT, RejectReason.UNSUPPORTED_CONTENT, RejectReason.MISSING_TEXT);
    }

    @Test
    void extractsTheArticleWithoutNavigationCommentsOrScripts() {
        RawArticle a = articles(read("cc-news-sample.warc.gz")).get(0);
        assertThat(a.title()).isEqualTo("Riverside council votes to rebuild flood wall");
        assertThat(a.text()).startsWith("By Mira Castell\n\nRIVERSIDE - The town council voted on Thursday")
                .contains("market square.\n\nThe plan costs 4.2 million")
                .endsWith("first stones laid.")
                .doesNotContain("Sport", "Share on social", "Related", "editor", "Subscribe", "Great news",
                        "Copyright", "tracking");
        assertThat(a.publishedAt()).isEqualTo("2024-07-11T18:45:00+01:00");
        assertThat(a.languageHint()).isEqualTo("en");
        assertThat(a.source()).isEqualTo("dailylantern.example");
        assertThat(a.description()).isEqualTo("The council approved a two-year plan after the spring floods.");
        assertThat(a.authors()).containsExactly("Mira Castell");
    }

    @Test
    void decodesAWindows1256PageDeclaredInItsMetaAndReadsJsonLdDate() {
        RawArticle a = articles(read("cc-news-sample.warc.gz")).get(1);
        assertThat(a.text()).startsWith("لاہور میں جمعہ کی صبح تیز بارش").doesNotContain("صفحہ اول");
        assertThat(a.publishedAt()).isEqualTo("2024-07-12T06:30:00+05:00");
        assertThat(a.languageHint()).isEqualTo("ur");
    }

    @Test
    void findsTheMainTextOfAPageWithoutArticleElementAndItsItempropDate() {
        RawArticle a = articles(read("cc-news-sample.warc.gz")).get(2);
        assertThat(a.text()).isEqualTo("Wheat prices rose for a third week as buyers stocked up before the harvest."
                + "\n\nTraders expect prices to ease in August.");
        assertThat(a.title()).isEqualTo("Market report");
        assertThat(a.publishedAt()).isEqualTo("2024-07-12");
    }

    @Test
    void givesGzipMemberOffsetsForWarcGzAndByteOffsetsForPlainWarc() {
        List<RawArticle> gz = articles(read("cc-news-sample.warc.gz"));
        assertThat(gz.get(0).originOffset()).isEqualTo(ENGLISH_MEMBER);
        assertThat(gz.get(1).originOffset()).isEqualTo(URDU_MEMBER);
        List<RawArticle> plain = articles(read("cc-news-sample.warc"));
        assertThat(plain).hasSize(3);
        String warc = new String(DumpFixtures.bytes("cc-news-sample.warc"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(warc.substring((int) plain.get(0).originOffset())).startsWith("WARC/1.0\r\nWARC-Type: response");
    }

    @Test
    void keepsTheRecordsBeforeTheDamageOfATruncatedWarcGz() {
        List<DumpRecord> records = read("cc-news-truncated.warc.gz");
        assertThat(articles(records)).extracting(RawArticle::title)
                .containsExactly("Riverside council votes to rebuild flood wall");
        assertThat(records.get(records.size() - 1)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED));
    }

    @Test
    void readsAWarcCompressedWithBzip2() throws Exception {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (var bz = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(bos)) {
            bz.write(DumpFixtures.bytes("cc-news-sample.warc"));
        }
        List<DumpRecord> records = DumpFixtures.readBytes("file:/x.warc.bz2", bos.toByteArray(), ReadOptions.defaults(),
                new java.util.ArrayList<>());
        assertThat(articles(records)).hasSize(3);
    }
}
