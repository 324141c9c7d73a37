package khabar.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import khabar.core.nlp.NlpSettings;
import khabar.core.quote.eval.GoldParagraph;
import khabar.core.quote.eval.QuoteEvaluation;
import khabar.core.quote.eval.QuoteScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quotation rules on the dev part of the gold set (docs/quotes.md): the part the rules may be tuned on; the
 * blind part is scored once, by {@code bin/khabar eval-quotes}, not here.
 */
class QuoteDevSetTest {
    @ParameterizedTest
    @ValueSource(strings = {"ur", "en"})
    void devPartReachesTheTarget(String language) throws Exception {
        List<GoldParagraph> dev = GoldParagraph.read(Path.of("src/test/resources/khabar/quotes/quotes-" + language + "-dev.jsonl"));
        QuoteScore score = QuoteEvaluation.evaluate(language, dev, NlpSettings.defaults());
        System.out.println(language + " dev:\n" + score.toText() + String.join("\n", score.errors()));
        assertThat(score.gold()).isGreaterThanOrEqualTo(30);
        assertThat(score.recall()).as("share of dev quotations with span and speaker right").isGreaterThanOrEqualTo(0.80);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.80);
    }
}
