package khabar.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class DumpReadersTest {
    private static final String GOOD_1 = "{\"title\":\"Talks resume\",\"maintext\":\"ISLAMABAD (AFP) - Talks resumed.\","
            + "\"date_publish\":\"2024-07-25 14:03:00\",\"language\":\"en\",\"url\":\"https://example.com/a\","
            + "\"source_domain\":\"example.com\",\"authors\":[\"A. Writer\"]}";
    private static final String GOOD_2 = "{\"title\":\"Second\",\"maintext\":\"Body two.\"}";
    private static final String BAD = "{\"title\": \"Broken record\", \"maintext\": \"This line was cut off";

    private static List<DumpRecord> read(byte[] bytes) throws IOException {
        try (DumpReader r = DumpReaders.open("file:/in/x", new ByteArrayInputStream(bytes), 1 << 20)) {
            List<DumpRecord> out = new ArrayList<>();
            r.forEach(out::add);
            return out;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(b);
        }
        return bos.toByteArray();
    }

    @Test
    void readsNewsPleaseFieldsFromJsonLines() throws IOException {
        List<DumpRecord> records = read(utf8(GOOD_1 + "\n" + GOOD_2 + "\n"));
        assertThat(records).hasSize(2).allMatch(r -> r instanceof RawArticle);
        RawArticle a = (RawArticle) records.get(0);
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.text()).startsWith("ISLAMABAD");
        assertThat(a.url()).isEqualTo("https://example.com/a");
        assertThat(a.source()).isEqualTo("example.com");
        assertThat(a.publishedAt()).isEqualTo("2024-07-25 14:03:00");
        assertThat(a.languageHint()).isEqualTo("en");
        assertThat(a.authors()).containsExactly("A. Writer");
        assertThat(records.get(1).originOffset()).isEqualTo(1);
    }

    @Test
    void rejectsABadJsonLineWithItsLineNumberAndKeepsTheOthers() throws IOException {
        List<DumpRecord> records = read(utf8(GOOD_1 + "\n" + BAD + "\n" + GOOD_2 + "\n"));
        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.MALFORMED_JSON);
            assertThat(r.originOffset()).isEqualTo(1);
            assertThat(r.sample()).startsWith("{\"title\": \"Broken record\"");
        });
        assertThat(records.get(2)).isInstanceOf(RawArticle.class);
    }

    @Test
    void detectsGzipByMagicBytesNotName() throws IOException {
        List<DumpRecord> records = read(gzip(utf8(GOOD_1 + "\n")));
        assertThat(records).singleElement().isInstanceOf(RawArticle.class);
    }

    @Test
    void keepsTheLinesBeforeTheDamageOfATruncatedGzip() throws IOException {
        StringBuilder many = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            // varied text, so that half of the compressed bytes hold many whole lines
            many.append(GOOD_1.replace("Talks resumed.", "Talks resumed " + random.ints(40, 0, 1 << 20)
                    .mapToObj(Integer::toString).reduce((a, b) -> a + " " + b).orElseThrow())).append('\n');
        }
        byte[] whole = gzip(utf8(many.toString()));
        List<DumpRecord> records = read(Arrays.copyOf(whole, whole.length / 2));
        assertThat(records.get(0)).isInstanceOf(RawArticle.class);
        assertThat(records.get(records.size() - 1)).isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isIn(RejectReason.TRUNCATED, RejectReason.MALFORMED_JSON));
        assertThat(records.stream().filter(r -> r instanceof Reject)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void rejectsAGzipCutBeforeItsFirstRecord() throws IOException {
        byte[] whole = gzip(utf8(GOOD_1 + "\n"));
        assertThat(read(Arrays.copyOf(whole, 20))).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.TRUNCATED));
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertThat(read(new byte[0])).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.EMPTY_FILE));
        assertThat(read(utf8("  \n\n "))).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.EMPTY_FILE));
    }

    @Test
    void rejectsInvalidUtf8InsteadOfMangling() throws IOException {
        byte[] damaged = utf8("Rockets hit bases\n\nBAGHDAD (AFP) \u2013 Rockets hit two bases \u2014 officials said.");
        damaged[42] = (byte) 0xFF;
        assertThat(read(damaged)).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.INVALID_ENCODING));
    }

    @Test
    void decodesALegacyLatinTextInsteadOfRejectingIt() throws IOException {
        byte[] latin1 = "Caf\u00e9 news\n\nBody".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read(latin1)).singleElement().isInstanceOfSatisfying(RawArticle.class,
                a -> assertThat(a.title()).isEqualTo("Caf\u00e9 news"));
    }

    @Test
    void readsTitleAndBodyOfAPlainTextArticle() throws IOException {
        List<DumpRecord> records = read(utf8("\uFEFFRockets hit bases\n\nBAGHDAD (AFP) - Rockets.\n\nSecond paragraph.\n"));
        assertThat(records).singleElement().isInstanceOfSatisfying(RawArticle.class, a -> {
            assertThat(a.title()).isEqualTo("Rockets hit bases");
            assertThat(a.text()).isEqualTo("BAGHDAD (AFP) - Rockets.\n\nSecond paragraph.");
            assertThat(a.originOffset()).isZero();
        });
    }

    @Test
    void rejectsAJsonLineWithoutText() throws IOException {
        assertThat(read(utf8("{\"title\":\"Only a title\"}\n"))).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.MISSING_TEXT));
    }
}
