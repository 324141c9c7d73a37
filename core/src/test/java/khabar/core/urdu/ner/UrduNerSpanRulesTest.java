package khabar.core.urdu.ner;

import static khabar.core.text.EntityType.LOCATION;
import static khabar.core.text.EntityType.ORGANIZATION;
import static khabar.core.text.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khabar.core.ner.Span;

class UrduNerSpanRulesTest {
    @Test
    void splitsSpansAtWordsThatJoinTwoNames() {
        List<String> forms = List.of("جنوبی", "کوریا", "یا", "برطانیہ", "گئے");
        assertThat(UrduNer.splitAtSeparators(List.of(new Span(0, 4, LOCATION)), forms))
                .containsExactly(new Span(0, 2, LOCATION), new Span(3, 4, LOCATION));
    }

    @Test
    void knownNameReplacesTheCrfSpansItCovers() {
        List<Span> crf = List.of(new Span(1, 2, LOCATION), new Span(2, 3, ORGANIZATION));
        assertThat(UrduNer.merge(crf, List.of(new Span(0, 3, ORGANIZATION))))
                .containsExactly(new Span(0, 3, ORGANIZATION));
    }

    @Test
    void crfSpanReachingPastAKnownNameWins() {
        List<Span> crf = List.of(new Span(0, 4, ORGANIZATION));
        assertThat(UrduNer.merge(crf, List.of(new Span(1, 2, LOCATION)))).containsExactly(new Span(0, 4, ORGANIZATION));
    }

    @Test
    void knownNameFillsAGapLeftByTheCrf() {
        List<Span> crf = List.of(new Span(0, 2, PERSON));
        assertThat(UrduNer.merge(crf, List.of(new Span(3, 5, LOCATION))))
                .containsExactly(new Span(0, 2, PERSON), new Span(3, 5, LOCATION));
    }
}
