package khabar.jobs.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SectionTermsTest {
    private static final Set<String> EN_UR = Set.of("en", "ur");

    private static List<String> terms(String text, String language) {
        return List.of(SectionTerms.terms(text, language, EN_UR, 3000, 3, 4));
    }

    @Test
    void termsAreTheLanguageWordsPairsAndCharacterNgramsInLexiconForm() {
        assertThat(terms("Cricket: Pakistan WON 2024!", "en")).containsExactly("L:en",
                "w:cricket", "c:<cr", "c:cri", "c:ric", "c:ick", "c:cke", "c:ket", "c:et>", "c:<cri", "c:cric", "c:rick",
                "c:icke", "c:cket", "c:ket>",
                "w:pakistan", "b:cricket pakistan", "c:<pa", "c:pak", "c:aki", "c:kis", "c:ist", "c:sta", "c:tan", "c:an>",
                "c:<pak", "c:paki", "c:akis", "c:kist", "c:ista", "c:stan", "c:tan>",
                "w:won", "b:pakistan won", "c:<wo", "c:won", "c:on>", "c:<won", "c:won>");
    }

    @Test
    void urduWordsAreNormalizedSoArabicAndUrduLettersMeetOnOneTerm() {
        // Karachi written with Arabic kaf (U+0643) and with Urdu keheh (U+06A9)
        assertThat(terms("\u0643راچی", "ur")).contains("w:کراچی").isEqualTo(terms("کراچی", "ur"));
    }

    @Test
    void nothingToClassifyGivesNoTerms() {
        assertThat(terms(null, "en")).isEmpty();
        assertThat(terms("", "en")).isEmpty();
        assertThat(terms("12345 -- 678 %%", "en")).isEmpty();
        assertThat(terms("Le gouvernement a démissionné.", "fr")).isEmpty();
        assertThat(terms("Parliament met today.", null)).isEmpty();
    }

    @Test
    void onlyTheFirstMaxCharsAreRead() {
        assertThat(List.of(SectionTerms.terms("budget vote", "en", EN_UR, 6, 3, 3))).contains("w:budget")
                .doesNotContain("w:vote", "w:v");
    }
}
