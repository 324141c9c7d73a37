package khabar.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduNormalizer;
import org.junit.jupiter.api.Test;

class ReadingLexiconsTest {
    static final Set<String> ISSUE_CODES = Set.of("ELECTION", "PROTEST", "TERRORISM", "ARMED_CONFLICT", "MILITARY",
            "DIPLOMACY", "CORRUPTION", "COURTS", "POLICE_ARREST", "ECON_INFLATION", "ECON_TRADE", "ENERGY",
            "FOOD_SECURITY", "HEALTH_DISEASE", "EDUCATION", "NATURAL_DISASTER", "REFUGEES_MIGRATION", "RELIGION",
            "HUMAN_RIGHTS", "MEDIA_FREEDOM", "SPORTS_CRICKET", "CLIMATE", "WATER", "TECHNOLOGY_INTERNET");

    private static ReadingLexicons lexicons(String language) {
        return ReadingLexicons.forLanguage(language).orElseThrow();
    }

    /** A sentence of whitespace-separated tokens, offsets into {@code text}. */
    static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (String w : text.split(" ")) {
            int at = text.indexOf(w, i);
            tokens.add(new Token(w, w, at, at + w.length()));
            i = at + w.length();
        }
        return new Sentence(0, 0, text.length(), tokens);
    }

    @Test
    void bothLanguagesHaveEveryThemeOfTheIssueAndOtherLanguagesHaveNone() {
        assertThat(lexicons("en").themes().codes()).containsAll(ISSUE_CODES);
        assertThat(lexicons("ur").themes().codes()).containsAll(ISSUE_CODES);
        assertThat(ReadingLexicons.forLanguage("de")).isEmpty();
        assertThat(ReadingLexicons.forLanguage(null)).isEmpty();
    }

    @Test
    void urduLexiconsAreWrittenInNormalizedForm() throws IOException {
        for (String file : List.of("themes-ur.tsv", "tone-ur.tsv")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    getClass().getResourceAsStream("/khabar/reading/" + file), StandardCharsets.UTF_8))) {
                r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1])
                        .forEach(term -> assertThat(UrduNormalizer.normalize(term)).as(file + ": " + term).isEqualTo(term));
            }
        }
    }

    @Test
    void themesGiveTheThemeAndTheCharOffsetsOfTheirEvidence() {
        String text = "Police fired tear gas at protesters outside the Supreme Court .";
        List<ThemeMatch> found = lexicons("en").themes().find(sentence(text), lexicons("en").keys(sentence(text)));
        assertThat(found).extracting(ThemeMatch::theme)
                .containsExactly("POLICE_ARREST", "PROTEST", "PROTEST", "COURTS");
        ThemeMatch gas = found.get(1);
        assertThat(text.substring(gas.charBegin(), gas.charEnd())).isEqualTo("tear gas");
        assertThat(gas.term()).isEqualTo("tear gas");
    }

    @Test
    void urduThemesMatchArabicLettersThroughTheNormalizer() {
        // ي and ك (Arabic) instead of ی and ک: the analysis' normalized tokens and the lexicon keys agree
        String text = "الیكشن كمیشن نے ضمنی انتخاب كا اعلان كیا";
        ReadingLexicons ur = lexicons("ur");
        List<ThemeMatch> found = ur.themes().find(sentence(text), ur.keys(sentence(text)));
        assertThat(found).extracting(ThemeMatch::theme).containsExactly("ELECTION", "ELECTION");
        assertThat(text.substring(found.get(0).charBegin(), found.get(0).charEnd())).isEqualTo("الیكشن كمیشن");
    }
}
