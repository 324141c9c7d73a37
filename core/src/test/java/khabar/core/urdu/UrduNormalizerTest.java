package khabar.core.urdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UrduNormalizerTest {

    @Test
    void mapsArabicYehAndAlefMaksuraToFarsiYeh() {
        assertThat(UrduNormalizer.normalize("علي")).isEqualTo("علی");
        assertThat(UrduNormalizer.normalize("موسى")).isEqualTo("موسی");
    }

    @Test
    void mapsArabicKafToKeheh() {
        assertThat(UrduNormalizer.normalize("كراچی")).isEqualTo("کراچی");
    }

    @Test
    void mapsArabicHehToGoalHehButKeepsDoChashmi() {
        assertThat(UrduNormalizer.normalize("شهر")).isEqualTo("شہر");
        assertThat(UrduNormalizer.normalize("بھی")).isEqualTo("بھی");
        assertThat(UrduNormalizer.normalize("تهران")).isEqualTo("تہران");
    }

    @Test
    void mapsTehMarbutaToUrduTehMarbutaGoal() {
        assertThat(UrduNormalizer.normalize("عامة")).isEqualTo("عامۃ");
    }

    @Test
    void composesYehWithHamzaAboveWhichNfcLeavesApart() {
        assertThat(Normalizer.normalize("\u06CC\u0654", Normalizer.Form.NFC)).isEqualTo("\u06CC\u0654");
        assertThat(UrduNormalizer.normalize("آ\u06CC\u0654ی")).isEqualTo("آئی");
        assertThat(UrduNormalizer.normalize("جا\u06CC\u0654ے")).isEqualTo("جائے");
    }

    @Test
    void composesArabicYehWithHamzaAfterMappingIt() {
        assertThat(UrduNormalizer.normalize("\u064A\u0654")).isEqualTo("\u0626");
    }

    @Test
    void composesGoalHehAndArabicHehWithHamzaAbove() {
        assertThat(UrduNormalizer.normalize("صوب\u06C1\u0654 پنجاب")).isEqualTo("صوب\u06C2 پنجاب");
        assertThat(UrduNormalizer.normalize("صوب\u0647\u0654")).isEqualTo("صوب\u06C2");
        assertThat(UrduNormalizer.normalize("\u06C0")).isEqualTo("\u06C2");
    }

    @Test
    void composesMaddaAndHamzaOnAlefWawAndBarreeYeh() {
        assertThat(UrduNormalizer.normalize("\u0627\u0653گ")).isEqualTo("آگ");
        assertThat(UrduNormalizer.normalize("م\u0648\u0654قف")).isEqualTo("مؤقف");
        assertThat(UrduNormalizer.normalize("\u06D2\u0654")).isEqualTo("\u06D3");
    }

    @Test
    void composesHamzaAcrossADiacriticInBetween() {
        assertThat(UrduNormalizer.normalize("\u06CC\u064E\u0654")).isEqualTo("\u0626");
    }

    @Test
    void dropsHamzaMarkWithNothingToComposeWith() {
        assertThat(UrduNormalizer.normalize("\u0654ک\u0654")).isEqualTo("ک");
    }

    @Test
    void mapsArabicIndicAndUrduDigitsToAscii() {
        assertThat(UrduNormalizer.normalize("٢٠٢٤")).isEqualTo("2024");
        assertThat(UrduNormalizer.normalize("۲۰۲۴ء")).isEqualTo("2024ء");
        assertThat(UrduNormalizer.normalize("۱۶/۰۷/۲۰۲۴")).isEqualTo("16/07/2024");
    }

    @Test
    void mapsArabicDecimalThousandsAndPercentSigns() {
        assertThat(UrduNormalizer.normalize("۳٫۵")).isEqualTo("3.5");
        assertThat(UrduNormalizer.normalize("۲٬۵۰۰")).isEqualTo("2,500");
        assertThat(UrduNormalizer.normalize("۵۰٪")).isEqualTo("50%");
    }

    @Test
    void removesTatweel() {
        assertThat(UrduNormalizer.normalize("پاکـــستان")).isEqualTo("پاکستان");
    }

    @Test
    void removesDiacriticsAndSuperscriptAlef() {
        assertThat(UrduNormalizer.normalize("وسطیٰ")).isEqualTo("وسطی");
        assertThat(UrduNormalizer.normalize("امّان")).isEqualTo("امان");
        assertThat(UrduNormalizer.normalize("فوراً")).isEqualTo("فورا");
        assertThat(UrduNormalizer.normalize("مُحَمَّد")).isEqualTo("محمد");
        assertThat(UrduNormalizer.normalize("اِسْلام")).isEqualTo("اسلام");
    }

    @Test
    void mapsNoBreakAndThinSpacesToSpace() {
        assertThat(UrduNormalizer.normalize("بغداد\u00A0(اے\u2009ایف\u202Fپی)")).isEqualTo("بغداد (اے ایف پی)");
    }

    @Test
    void removesBidiMarksAndZeroWidthChars() {
        assertThat(UrduNormalizer.normalize("\uFEFF\u202Bعراق\u202C \u200Fشام\u200E"))
                .isEqualTo("عراق شام");
        assertThat(UrduNormalizer.normalize("\u2067ایران\u2069")).isEqualTo("ایران");
        assertThat(UrduNormalizer.normalize("نو\u200Cآبادیاتی")).isEqualTo("نوآبادیاتی");
    }

    @Test
    void foldsArabicPresentationForms() {
        assertThat(UrduNormalizer.normalize("\uFEAD\uFEE3\uFEAE")).isEqualTo("رمر");
        assertThat(UrduNormalizer.normalize("\uFDF2")).isEqualTo("اللہ");
        assertThat(UrduNormalizer.normalize("\uFDFA")).isEqualTo("\uFDFA");
    }

    @Test
    void appliesNfcToLatinText() {
        assertThat(UrduNormalizer.normalize("Cafe\u0301 AFP")).isEqualTo("Café AFP");
    }

    @Test
    void returnsTheSameInstanceWhenAlreadyNormal() {
        String s = "بغداد (اے ایف پی) – عراق اور شام میں 2500 فوجی";
        assertThat(UrduNormalizer.normalize(s)).isSameAs(s);
        assertThat(UrduNormalizer.normalize(null)).isNull();
        assertThat(UrduNormalizer.normalize("")).isEmpty();
    }

    @Test
    void isIdempotent() {
        String messy = "\u202Bكيا ٢٠٢٤ مُحَمَّد\u00A0شهر\u06CC\u0654 وسطیٰ\u202C Cafe\u0301";
        String once = UrduNormalizer.normalize(messy);
        assertThat(UrduNormalizer.normalize(once)).isEqualTo(once);
        assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void alignMapsNormalizedSpansBackToSourceOffsets() {
        String source = "\u202Bشہر بغدادٌ میں ٢٠٢٤\u202C";
        NormalizedText aligned = UrduNormalizer.align(source);
        assertThat(aligned.text()).isEqualTo(UrduNormalizer.normalize(source)).isEqualTo("شہر بغداد میں 2024");
        int b = aligned.text().indexOf("بغداد");
        int e = b + "بغداد".length();
        assertThat(source.substring(aligned.sourceBegin(b), aligned.sourceEnd(e))).isEqualTo("بغدادٌ");
        int y = aligned.text().indexOf("2024");
        assertThat(source.substring(aligned.sourceBegin(y), aligned.sourceEnd(y + 4))).isEqualTo("٢٠٢٤");
        assertThat(aligned.sourceBegin(0)).isEqualTo(1);
        assertThat(aligned.sourceBegin(aligned.length())).isEqualTo(source.length());
    }

    @Test
    void alignKeepsSpansThroughNfcComposition() {
        String source = "a Cafe\u0301 b";
        NormalizedText aligned = UrduNormalizer.align(source);
        assertThat(aligned.text()).isEqualTo("a Café b");
        int b = aligned.text().indexOf("Café");
        assertThat(source.substring(aligned.sourceBegin(b), aligned.sourceEnd(b + 4))).isEqualTo("Cafe\u0301");
    }
}
