package khabar.core.read;

import static khabar.core.read.DumpFixtures.articles;
import static khabar.core.read.DumpFixtures.read;
import static khabar.core.read.DumpFixtures.readBytes;
import static khabar.core.read.DumpFixtures.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SgmlReaderTest {
    @Test
    void readsGigawordStoriesWithSourceDateAndLanguageFromTheId() {
        List<DumpRecord> records = read("gigaword-afp.sgml");
        assertThat(records).extracting(DumpRecord::originOffset).containsExactly(0L, 1L, 2L);
        RawArticle afp = articles(records).get(0);
        assertThat(afp.source()).isEqualTo("AFP");
        assertThat(afp.publishedAt()).isEqualTo("2024-07-12");
        assertThat(afp.languageHint()).isEqualTo("en");
        assertThat(afp.title()).isEqualTo("Fishermen & farmers share a dry summer");
        assertThat(afp.dateline()).isEqualTo("KARACHI, July 12 (AFP)");
        assertThat(afp.text()).isEqualTo("Fishermen along the coast said on Friday that the catch had fallen by a third"
                + " since May, as farmers inland waited for rain that did not come.\n\n\"We go out further every week,\""
                + " said one boat owner, who asked that his name not be used. The price of diesel <per litre> rose again.");
    }

    @Test
    void splitsATextWithoutParagraphTagsAtBlankLines() {
        RawArticle xin = articles(read("gigaword-afp.sgml")).get(1);
        assertThat(xin.source()).isEqualTo("XIN");
        assertThat(xin.publishedAt()).isEqualTo("2024-07-13");
        assertThat(xin.text()).isEqualTo("Ferry service between the two islands resumed on Saturday morning."
                + "\n\nPassengers waited for up to six hours at the harbour.");
    }

    @Test
    void rejectsDocumentsThatAreNotStories() {
        assertThat(rejects(read("gigaword-afp.sgml"))).singleElement().satisfies(r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.UNSUPPORTED_CONTENT);
            assertThat(r.reason()).contains("AFP_ENG_20240712.0005", "advis");
        });
    }

    @Test
    void aDocumentReferringToAnExternalEntityIsOneRejectNeverResolvedAndNoArticle() {
        List<DumpRecord> records = read("gigaword-xxe.sgml");
        assertThat(records).singleElement().isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.EXTERNAL_ENTITY);
            assertThat(r.originOffset()).isZero();
            assertThat(r.reason()).contains("APW_ENG_20240714.0001", "xxe, remote");
            assertThat(r.sample()).contains("SYSTEM \"secret.txt\"").doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void aDocumentNotReferringToTheDeclaredEntitiesIsAnArticleAndEachDocumentIsOneRecord() {
        String sgml = "<!DOCTYPE DOC [\n  <!ENTITY xxe SYSTEM \"secret.txt\">\n]>\n"
                + "<DOC id=\"AFP_ENG_20240712.0001\" type=\"story\">\n<TEXT>\n<P>The council met. &xxe;</P>\n</TEXT>\n</DOC>\n"
                + "<DOC id=\"AFP_ENG_20240712.0002\" type=\"story\">\n<TEXT>\n<P>Ferries ran &amp; buses too.</P>\n</TEXT>\n</DOC>\n";
        List<DumpRecord> records = readBytes("file:/mixed.sgml", sgml.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults(), new ArrayList<>());
        assertThat(records).extracting(DumpRecord::originOffset).containsExactly(0L, 1L);
        assertThat(records.get(0)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.EXTERNAL_ENTITY));
        assertThat(records.get(1)).isInstanceOfSatisfying(RawArticle.class,
                a -> assertThat(a.text()).isEqualTo("Ferries ran & buses too."));
    }

    @Test
    void rejectsADocumentCutOffByTheEndOfTheFile() {
        String sgml = "<DOC id=\"AFP_ENG_20240712.0009\" type=\"story\">\n<TEXT>\n<P>Half a sto";
        List<DumpRecord> records = readBytes("file:/cut.sgml", sgml.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults(), new ArrayList<>());
        assertThat(records).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED));
    }

    @Test
    void rejectsADocumentOverTheRecordLimitAndReadsTheNext() {
        String big = "<DOC id=\"AFP_ENG_20240712.0001\" type=\"story\">\n<TEXT>\n" + "<P>word word word</P>\n".repeat(200)
                + "</TEXT>\n</DOC>\n";
        String small = "<DOC id=\"AFP_ENG_20240712.0002\" type=\"story\">\n<TEXT>\n<P>Short story.</P>\n</TEXT>\n</DOC>\n";
        List<DumpRecord> records = readBytes("file:/big.sgml", (big + small).getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withMaxRecordBytes(2000), new ArrayList<>());
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.TOO_LARGE));
        assertThat(records.get(1)).isInstanceOfSatisfying(RawArticle.class,
                a -> assertThat(a.text()).isEqualTo("Short story."));
    }
}
