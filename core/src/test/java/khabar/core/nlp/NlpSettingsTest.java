package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import khabar.core.lang.Analyzers;
import khabar.core.text.Analysis;
import khabar.core.urdu.ner.UrduNerRules;
import org.junit.jupiter.api.Test;

class NlpSettingsTest {
    @Test
    void theDefaultsAreTheNlpBlockOfConfKhabarConf() {
        NlpSettings d = NlpSettings.defaults();
        assertThat(d.english().models()).containsExactly(EnglishNerOptions.ALL_3CLASS);
        assertThat(d.english().posAndLemma()).isFalse();
        assertThat(d.corenlpLanguages()).isEmpty();
        assertThat(d.maxSectionChars()).isEqualTo(200_000);
        assertThat(d.maxSentenceTokens()).isEqualTo(300);
        assertThat(d.urduNerRulesOff()).isEmpty();
        assertThat(EnglishNerOptions.defaults()).isEqualTo(d.english());
    }

    @Test
    void anUnknownUrduNerRuleIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> NlpSettings.defaults().withUrduNerRulesOff(Set.of("tiles", "tyles")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tyles").hasMessageContaining("personRuns");
    }

    /**
     * The Urdu sample articles and the news dev set's sentences, one text: news on which the rules fire (the
     * self-trained CRF alone gets the samples right, so the samples alone no longer show a rule at work).
     */
    private static String urduSamples() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("../samples/2024-07-26/ur"))) {
            for (Path f : files.sorted().toList()) {
                text.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/ner/ur-news-dev/ur-news-dev.bio"),
                StandardCharsets.UTF_8)) {
            text.append(line.isBlank() ? "\n" : line.split("\t")[0] + " ");
        }
        return text.toString();
    }

    @Test
    void urduNerRulesSwitchedOffInTheSettingsReachTheAnalyzer() throws IOException {
        String news = urduSamples();
        NlpSettings allOff = NlpSettings.defaults().withUrduNerRulesOff(UrduNerRules.ALL);
        Analysis on = Analyzers.unlinked("ur", NlpSettings.defaults()).analyze(news);
        Analysis off = Analyzers.unlinked("ur", allOff).analyze(news);

        assertThat(off.sentences()).isEqualTo(on.sentences());
        assertThat(off.mentions()).isNotEqualTo(on.mentions());
        assertThat(Analyzers.nerCoverage(allOff).get("ur")).startsWith("ur-crf (rules off: ").contains("tiles");
        assertThat(Analyzers.nerCoverage(NlpSettings.defaults()).get("ur")).isEqualTo("ur-crf");
        assertThat(List.copyOf(Analyzers.nerCoverage(allOff).keySet())).containsExactly("en", "ur");
    }
}
