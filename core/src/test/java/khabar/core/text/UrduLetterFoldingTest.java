package khabar.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.Random;
import java.util.function.UnaryOperator;

import khabar.core.read.TextDecoding;
import khabar.core.text.UrduLetterFolding.Letter;
import khabar.core.urdu.UrduNormalizer;
import org.junit.jupiter.api.Test;

class UrduLetterFoldingTest {
    /** Every letter of the table, both sides, a few neighbours, Latin and a space. */
    private static final String ALPHABET = "\u064A\u0649\u0643\u0647\u0629\u06C0\u06C2\u06CC\u06A9\u06C1\u06C3\u06BE"
            + "\u0627\u0628\u06D2\u0654a ";

    @Test
    void eachSubsetFoldsExactlyAsTheReplaceCallsItTookOverFrom() {
        assertSameAs(UrduLetterFolding.NORMALIZER, s -> s.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC')
                .replace('\u0643', '\u06A9').replace('\u0647', '\u06C1').replace('\u0629', '\u06C3')
                .replace('\u06C0', '\u06C2'));
        assertSameAs(UrduLetterFolding.WINDOWS_1256_YEH, s -> s.replace('\u064A', '\u06CC').replace('\u0649', '\u06CC'));
        assertSameAs(UrduLetterFolding.NEAR_DUPLICATE_WORDS,
                s -> s.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9'));
        assertSameAs(UrduLetterFolding.LINK_KEYS, s -> s.replace('\u06C2', '\u06C1'));
    }

    private static void assertSameAs(UrduLetterFolding folding, UnaryOperator<String> replaced) {
        Random random = new Random(22);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            assertThat(folding.fold(s)).as("%s on %s", folding, s).isEqualTo(replaced.apply(s));
        }
    }

    @Test
    void returnsTheSameStringWhenNothingFolds() {
        String urdu = "کراچی میں ہڑتال";
        for (UrduLetterFolding f : UrduLetterFolding.ALL) {
            assertThat(f.fold(urdu)).isSameAs(urdu);
        }
    }

    @Test
    void theNormalizerFoldsTheSixArabicLettersAndNothingElseOfTheTable() {
        assertThat(UrduLetterFolding.NORMALIZER.letters()).isEqualTo(EnumSet.complementOf(EnumSet.of(Letter.IZAFAT_HEH)));
        for (Letter l : Letter.values()) {
            String expected = String.valueOf(UrduLetterFolding.NORMALIZER.letters().contains(l) ? l.to() : l.from());
            assertThat(UrduNormalizer.normalize(String.valueOf(l.from()))).as(l.name()).isEqualTo(expected);
        }
        assertThat(UrduNormalizer.normalize("كراچي")).isEqualTo("کراچی");
        assertThat(UrduNormalizer.normalize("مكة المكرمة")).isEqualTo("مکۃ المکرمۃ");
        assertThat(UrduNormalizer.normalize("عيسى")).isEqualTo("عیسی");
        assertThat(UrduNormalizer.normalize("برطانيۀ")).isEqualTo("برطانیۂ");
    }

    @Test
    void windows1256DecodingFoldsOnlyTheYehOfUrduText() throws Exception {
        Charset cp1256 = Charset.forName("windows-1256");
        // ہ and ڑ make it Urdu; the Arabic kaf typed here stays: only the yeh is folded
        String decoded = TextDecoding.decode("كراچي ميں ہڑتال عيسى".getBytes(cp1256), "windows-1256").text();
        assertThat(decoded).isEqualTo("كراچی میں ہڑتال عیسی");
    }
}
