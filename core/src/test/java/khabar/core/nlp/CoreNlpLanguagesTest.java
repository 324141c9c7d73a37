package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import khabar.core.lang.Analyzers;
import khabar.core.text.Analysis;
import khabar.core.text.Token;
import org.junit.jupiter.api.Test;

/**
 * The opt-in CoreNLP languages without their model jars (the test class path has only the English models):
 * the analyzers still work, give tokens and sentences that point into the text, and say which languages
 * got no NER.
 */
class CoreNlpLanguagesTest {
    private static final NlpSettings WITH_GERMAN_AND_ARABIC =
            NlpSettings.defaults().withCorenlpLanguages(List.of("de", "ar"));

    @Test
    void theCoverageSaysWhichEnabledLanguagesLackTheirJar() {
        assertThat(CoreNlpLanguage.GERMAN.nerModel()).as("german models jar on the test class path").isEmpty();
        Map<String, String> coverage = Analyzers.nerCoverage(WITH_GERMAN_AND_ARABIC);
        assertThat(coverage).containsKeys("en", "ur", "de", "ar");
        assertThat(coverage.get("en")).isEqualTo("corenlp-all.3class.distsim");
        assertThat(coverage.get("de")).startsWith("none: ")
                .contains("edu.stanford.nlp:stanford-corenlp:4.5.10:models-german is not on the class path");
        assertThat(coverage.get("ar")).contains("models-arabic");
        assertThat(Analyzers.nerCoverage(NlpSettings.defaults())).containsOnlyKeys("en", "ur");
    }

    @Test
    void anEnabledLanguageWithoutItsJarStillGetsTokensAndSentences() {
        String de = "Der Kanzler reiste am Montag nach Paris. Dort traf er den Präsidenten.";
        Analysis a = Analyzers.forLanguage("de", WITH_GERMAN_AND_ARABIC).analyze(de);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.tokenCount()).isGreaterThanOrEqualTo(12);
        assertThat(a.mentions()).noneMatch(m -> m.extractor().startsWith("corenlp"));
        assertPointsIntoText(de, a);
    }

    @Test
    void arabicGetsTokensAndSentencesThatDoNotRewriteTheText() {
        String ar = "قال مسؤولون في بغداد إن الوفد وصل والعراق يستعد للمحادثات. وأضافوا أن الاجتماع سيعقد الأسبوع المقبل.";
        Analysis a = Analyzers.forLanguage("ar", WITH_GERMAN_AND_ARABIC).analyze(ar);
        assertThat(a.sentences()).hasSize(2);
        assertPointsIntoText(ar, a);
        List<String> words = a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
        assertThat(words).contains("والعراق", "بغداد", "وأضافوا").doesNotContain("ال", "و");
    }

    @Test
    void aLanguageCoreNlpHasNoModelsForIsRefused() {
        assertThatThrownBy(() -> NlpSettings.defaults().withCorenlpLanguages(List.of("ur")))
                .hasMessageContaining("de, es, fr, zh, ar");
    }

    private static void assertPointsIntoText(String text, Analysis a) {
        a.sentences().forEach(s -> {
            assertThat(text.substring(s.begin(), s.end())).startsWith(s.tokens().get(0).text());
            s.tokens().forEach(t -> assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text()));
        });
    }
}
