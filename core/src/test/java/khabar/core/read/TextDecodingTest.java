package khabar.core.read;

import static khabar.core.read.DumpFixtures.read;
import static khabar.core.read.DumpFixtures.readBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

class TextDecodingTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");

    @Test
    void decodesWindows1256UrduAsUrduWithUrduYeh() {
        assertThat(read("urdu-windows-1256.txt")).singleElement().isInstanceOfSatisfying(RawArticle.class, a -> {
            assertThat(a.title()).isEqualTo("کراچی میں تاجروں کی ہڑتال");
            assertThat(a.text()).startsWith("کراچی میں تاجروں نے بجلی کے بلوں میں اضافے کے خلاف ہڑتال کی");
        });
    }

    @Test
    void decodesAShortWindows1256UrduLineThatIcuRanksBelowWindows1252() throws Exception {
        byte[] bytes = "کراچي ميں ہڑتال".getBytes(CP1256);
        TextDecoding.Decoded d = TextDecoding.decode(bytes, null);
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.text()).isEqualTo("کراچی میں ہڑتال");
    }

    @Test
    void leavesArabicYehInWindows1256ArabicText() throws Exception {
        String arabic = "قال مسؤولون إن الصواريخ أطلقت على قاعدة عسكرية في شرق سوريا يوم الخميس.";
        assertThat(TextDecoding.decode(arabic.getBytes(CP1256), null).text()).isEqualTo(arabic);
    }

    @Test
    void decodesLatin1FrenchAndUtf16WithByteOrderMarks() throws Exception {
        String french = "Le caf\u00e9 de la gare a rouvert ses portes apr\u00e8s des travaux. Les habitu\u00e9s \u00e9taient ravis.";
        assertThat(TextDecoding.decode(french.getBytes(StandardCharsets.ISO_8859_1), null).text()).isEqualTo(french);
        assertThat(read("utf16le-bom.txt")).singleElement().isInstanceOfSatisfying(RawArticle.class,
                a -> assertThat(a.title()).isEqualTo("لاہور میں بارش"));
        assertThat(read("utf16be-bom.txt")).singleElement().isInstanceOfSatisfying(RawArticle.class,
                a -> assertThat(a.title()).isEqualTo("Night market returns to the old port"));
    }

    @Test
    void rejectsDamagedUtf8InsteadOfGuessingALegacyCodePage() {
        assertThat(read("invalid-utf8.txt")).singleElement().isInstanceOfSatisfying(Reject.class, r -> {
            assertThat(r.reasonCode()).isEqualTo(RejectReason.INVALID_ENCODING);
            assertThat(r.reason()).contains("damaged UTF-8");
        });
    }

    @Test
    void rejectsBinaryJunk() {
        assertThat(read("binary-junk.bin")).singleElement().isInstanceOfSatisfying(Reject.class,
                r -> assertThat(r.reasonCode()).isEqualTo(RejectReason.BINARY_CONTENT));
        byte[] noNul = new byte[3000];
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = (byte) (1 + (i * 7919) % 255);
        }
        assertThat(readBytes("file:/junk", noNul, ReadOptions.defaults(), new ArrayList<>())).singleElement()
                .isInstanceOfSatisfying(Reject.class, r -> assertThat(r.reasonCode())
                        .isIn(RejectReason.INVALID_ENCODING, RejectReason.BINARY_CONTENT));
    }

    @Test
    void trustsNoLegacyDecodingThatReadsAsMojibake() {
        assertThat(TextDecoding.plausible("˜ÑÇÌí ãíä ÀÑÊÇá")).isFalse();
        assertThat(TextDecoding.plausible("Le café de la gare")).isTrue();
        assertThat(TextDecoding.plausible("کراچی میں ہڑتال")).isTrue();
        byte[] mostlyUtf8 = "\u00e9t\u00e9 \u2013 \u00e9t\u00e9 X".getBytes(StandardCharsets.UTF_8);
        mostlyUtf8[mostlyUtf8.length - 1] = (byte) 0xE9;
        assertThatThrownBy(() -> TextDecoding.decode(mostlyUtf8, "iso-8859-1")).isInstanceOf(TextDecoding.Undecodable.class);
    }

    @Test
    void prefersValidUtf8OverAWrongDeclaredCharset() throws Exception {
        byte[] utf8 = "Caf\u00e9 \u00e0 Lahore".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(utf8, "iso-8859-1").text()).isEqualTo("Caf\u00e9 \u00e0 Lahore");
    }
}
