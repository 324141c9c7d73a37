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
        assertThat(UrduKnownNameRules.merge(crf, List.of(new Span(0, 3, ORGANIZATION))))
                .containsExactly(new Span(0, 3, ORGANIZATION));
    }

    @Test
    void crfSpanReachingPastAKnownNameWins() {
        List<Span> crf = List.of(new Span(0, 4, ORGANIZATION));
        assertThat(UrduKnownNameRules.merge(crf, List.of(new Span(1, 2, LOCATION)))).containsExactly(new Span(0, 4, ORGANIZATION));
    }

    @Test
    void knownNameFillsAGapLeftByTheCrf() {
        List<Span> crf = List.of(new Span(0, 2, PERSON));
        assertThat(UrduKnownNameRules.merge(crf, List.of(new Span(3, 5, LOCATION))))
                .containsExactly(new Span(0, 2, PERSON), new Span(3, 5, LOCATION));
    }

    @Test
    void crfSpanMadeOfAdjacentKnownPlacesIsSplitIntoThem() {
        List<Span> known = List.of(new Span(0, 1, LOCATION), new Span(1, 2, LOCATION));
        assertThat(UrduKnownNameRules.splitKnownTiles(List.of(new Span(0, 2, LOCATION)), known))
                .containsExactly(new Span(0, 1, LOCATION), new Span(1, 2, LOCATION));
        // a span with a word outside the known names stays whole
        assertThat(UrduKnownNameRules.splitKnownTiles(List.of(new Span(0, 3, LOCATION)), known))
                .containsExactly(new Span(0, 3, LOCATION));
    }

    @Test
    void personSpanStartingWithAKnownPlaceIsSplit() {
        List<Span> crf = List.of(new Span(2, 6, PERSON), new Span(7, 9, PERSON));
        List<Span> known = List.of(new Span(2, 3, LOCATION), new Span(7, 9, LOCATION));
        assertThat(UrduKnownNameRules.splitLeadingPlace(crf, known))
                .containsExactly(new Span(2, 3, LOCATION), new Span(3, 6, PERSON), new Span(7, 9, PERSON));
    }

    @Test
    void knownPlaceFollowedByAnOrganizationTailIsAnOrganization() {
        List<String> forms = List.of("پشاور", "ہائی", "کورٹ", "نے", "کوچین", "یونیورسٹی", "آف", "سائنس", "اینڈ",
                "ٹیکنالوجی", "میں", "لاہور", "میں");
        List<Span> known = List.of(new Span(0, 1, LOCATION), new Span(4, 5, LOCATION), new Span(11, 12, LOCATION));
        assertThat(UrduKnownNameRules.placeOrgTails(known, forms)).containsExactly(new Span(0, 3, ORGANIZATION),
                new Span(4, 10, ORGANIZATION), new Span(11, 12, LOCATION));
    }

    @Test
    void adjacentKnownPersonWordsOutsideSpansAreAPerson() {
        UrduGazetteers g = UrduGazetteers.load();
        assertThat(g.isPersonWord("عبدالستار")).isTrue();
        assertThat(g.isPersonWord("صدیقی")).isTrue();
        List<String> forms = List.of("کل", "عبدالستار", "صدیقی", "نے", "عبدالستار", "کہا", "کل");
        assertThat(UrduNer.addPersonRuns(List.of(), forms, g)).containsExactly(new Span(1, 3, PERSON));
        // words already inside a span are left alone
        assertThat(UrduNer.addPersonRuns(List.of(new Span(2, 3, LOCATION)), forms, g))
                .containsExactly(new Span(2, 3, LOCATION));
    }

    @Test
    void dropsAnUnpairedBracketAtASpanEdge() {
        List<String> forms = List.of("(", "این", "سی", "ای", ")", "کے", "ایف", "(", "آئی", ")");
        assertThat(UrduNer.trimBrackets(List.of(new Span(1, 5, ORGANIZATION), new Span(6, 10, ORGANIZATION),
                new Span(4, 5, ORGANIZATION)), forms))
                .containsExactly(new Span(1, 4, ORGANIZATION), new Span(6, 10, ORGANIZATION));
    }

    @Test
    void knownPlaceWithAnOrganizationTailAFewWordsOnIsAnOrganization() {
        List<String> forms = List.of("کراچی", "واٹر", "اینڈ", "سیوریج", "بورڈ", "اور", "ہری", "پور", "وکاس", "کمیٹی",
                "کے", "لاہور", "میں", "کمیٹی", "پشاور", "اور", "سوات", "کونسل", "کوچین", "واقع", "یونیورسٹی");
        List<Span> known = List.of(new Span(0, 1, LOCATION), new Span(6, 8, LOCATION), new Span(11, 12, LOCATION),
                new Span(14, 15, LOCATION), new Span(16, 17, LOCATION), new Span(18, 19, LOCATION));
        assertThat(UrduKnownNameRules.placeOrgTails(known, forms)).containsExactly(new Span(0, 5, ORGANIZATION),
                new Span(6, 10, ORGANIZATION),
                // a postposition, a joining word right after the place, or واقع ("situated") between: no name
                new Span(11, 12, LOCATION), new Span(14, 15, LOCATION), new Span(16, 18, ORGANIZATION),
                new Span(18, 19, LOCATION));
    }

    @Test
    void chinaAfterSupplyOrValueIsTheWordChain() {
        List<String> forms = List.of("سپلائی", "چین", "اور", "چین", "کی", "ویلیو", "چین");
        List<Span> spans = List.of(new Span(1, 2, LOCATION), new Span(3, 4, LOCATION), new Span(6, 7, LOCATION));
        assertThat(UrduNer.dropChain(spans, forms)).containsExactly(new Span(3, 4, LOCATION));
    }
}
