package khabar.core.urdu.ner;

import static khabar.core.text.EntityType.ORGANIZATION;
import static khabar.core.text.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khabar.core.ner.Span;

class UrduKnownOrgEndsTest {
    private final UrduGazetteers g = UrduGazetteers.load();

    @Test
    void organizationSpanRunningPastAKnownNameIntoDescriptorsEndsWithTheName() {
        // "Hamas war monitor said": the CRF took the two descriptor words into the organization
        List<String> forms = List.of("حماس", "وار", "مانیٹر", "نے", "کہا");
        List<Span> known = g.matchKnown(forms);
        assertThat(known).contains(new Span(0, 1, ORGANIZATION));
        assertThat(UrduKnownOrgEnds.apply(List.of(new Span(0, 3, ORGANIZATION)), known, forms, g))
                .containsExactly(new Span(0, 1, ORGANIZATION));
    }

    @Test
    void aLongerNameWithAnOrganizationHeadKeepsItsSpan() {
        // "UN Security Council": کونسل is an organization head, so the longer span is a name of its own
        List<String> forms = List.of("اقوام", "متحدہ", "سلامتی", "کونسل", "نے");
        List<Span> known = g.matchKnown(forms);
        List<Span> crf = List.of(new Span(0, 4, ORGANIZATION));
        assertThat(UrduKnownOrgEnds.apply(crf, known, forms, g)).isEqualTo(crf);
    }

    @Test
    void otherTypesAndSpansNotStartingAtTheNameAreLeftAlone() {
        List<String> forms = List.of("حماس", "وار", "مانیٹر", "نے", "کہا");
        List<Span> known = g.matchKnown(forms);
        List<Span> crf = List.of(new Span(0, 3, PERSON));
        assertThat(UrduKnownOrgEnds.apply(crf, known, forms, g)).isEqualTo(crf);
        List<String> shifted = List.of("نئی", "حماس", "وار", "نے");
        List<Span> late = List.of(new Span(0, 3, ORGANIZATION));
        assertThat(UrduKnownOrgEnds.apply(late, g.matchKnown(shifted), shifted, g)).isEqualTo(late);
    }
}
