package khabar.core.ner;

import static khabar.core.text.EntityType.DATE;
import static khabar.core.text.EntityType.LOCATION;
import static khabar.core.text.EntityType.ORGANIZATION;
import static khabar.core.text.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class NerEvaluatorTest {
    private static final List<String> TOKENS = List.of("a", "b", "c", "d", "e", "f");

    private final List<GoldSentence> gold = List.of(
            new GoldSentence(TOKENS, List.of(new Span(0, 2, PERSON), new Span(3, 4, LOCATION), new Span(5, 6, DATE))),
            new GoldSentence(TOKENS, List.of(new Span(1, 3, ORGANIZATION), new Span(4, 5, LOCATION))));


    @Test
    void countsOnlyExactSpanAndTypeMatches() {
        List<List<Span>> predicted = List.of(
                List.of(new Span(0, 2, PERSON), new Span(3, 5, LOCATION), new Span(5, 6, DATE)),
                List.of(new Span(1, 3, LOCATION), new Span(4, 5, LOCATION)));
        NerReport report = NerEvaluator.forDefaultTypes().score(gold, predicted, 0);

        assertThat(report.perType().get(PERSON)).isEqualTo(new TypeScore(1, 0, 0));
        assertThat(report.perType().get(LOCATION)).isEqualTo(new TypeScore(1, 2, 1));
        assertThat(report.perType().get(ORGANIZATION)).isEqualTo(new TypeScore(0, 0, 1));
        assertThat(report.perType()).doesNotContainKey(DATE);
        // micro: tp 2, fp 2, fn 2 -> P = R = F1 = 0.5
        assertThat(report.micro()).isEqualTo(new TypeScore(2, 2, 2));
        assertThat(report.micro().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(report.micro().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(report.micro().f1()).isCloseTo(0.5, within(1e-9));
        assertThat(report.sentences()).isEqualTo(2);
        assertThat(report.tokens()).isEqualTo(12);
    }

    @Test
    void computesF1AsHarmonicMeanOfUnequalPrecisionAndRecall() {
        TypeScore s = new TypeScore(3, 1, 3); // P = 0.75, R = 0.5
        assertThat(s.f1()).isCloseTo(0.6, within(1e-9));
        assertThat(TypeScore.ZERO.f1()).isZero();
    }

    @Test
    void evaluatesATaggerAndTimesItsTagging() {
        PretokenizedTagger perfect = tokens -> tokens == gold.get(0).tokens() ? gold.get(0).spans() : List.of();
        NerReport report = new NerEvaluator(List.of(PERSON, LOCATION, ORGANIZATION, DATE))
                .evaluate(List.of(gold.get(0)), perfect);
        assertThat(report.micro()).isEqualTo(new TypeScore(3, 0, 0));
        assertThat(report.taggingNanos()).isPositive();
        assertThat(report.tokensPerSecond()).isPositive();
    }

    @Test
    void rendersJsonWithMicroPerTypeAndSpeed() {
        NerReport report = NerEvaluator.forDefaultTypes().score(gold, List.of(gold.get(0).spans(), List.of()), 2_000_000_000L);
        String json = report.toJson();
        assertThat(json).startsWith("{\"micro\":{\"p\":1.0000,\"r\":0.5000,\"f1\":0.6667,\"tp\":2,\"fp\":0,\"fn\":2}")
                .contains("\"per_type\":{\"PERSON\":{\"p\":1.0000,\"r\":1.0000,\"f1\":1.0000,\"tp\":1,\"fp\":0,\"fn\":0}")
                .contains("\"ORGANIZATION\":{\"p\":0.0000,\"r\":0.0000,\"f1\":0.0000,\"tp\":0,\"fp\":0,\"fn\":1}")
                .endsWith("\"sentences\":2,\"tokens\":12,\"tokens_per_second\":6.0}");
        assertThat(report.toTable()).contains("micro").contains("PERSON").contains("tokens/s 6");
    }

    @Test
    void reportsOfTwoFoldsAddUpToTheReportOfBothTogether() {
        List<List<Span>> predicted = List.of(
                List.of(new Span(0, 2, PERSON), new Span(3, 5, LOCATION)),
                List.of(new Span(1, 3, ORGANIZATION)));
        NerEvaluator evaluator = NerEvaluator.forDefaultTypes();
        NerReport both = evaluator.score(gold, predicted, 30);

        NerReport pooled = evaluator.score(gold.subList(0, 1), predicted.subList(0, 1), 10)
                .plus(evaluator.score(gold.subList(1, 2), predicted.subList(1, 2), 20));

        assertThat(pooled).isEqualTo(both);
        assertThat(pooled.micro()).isEqualTo(new TypeScore(2, 1, 2));
    }
}
