package khabar.core.urdu.ner;

import static khabar.core.text.EntityType.LOCATION;
import static khabar.core.text.EntityType.ORGANIZATION;
import static khabar.core.text.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khabar.core.ner.Span;

class UrduSpanRepairsTest {
    private final UrduGazetteers g = UrduGazetteers.load();

    @Test
    void personSpanLosesTheRolesAndOfficesItStartsWith() {
        List<String> forms = List.of("سابق", "وزیر", "اعظم", "ناصر", "محمود", "اور", "اداکارہ", "زینب", "نے");
        List<Span> spans = List.of(new Span(0, 5, PERSON), new Span(6, 8, PERSON));
        assertThat(UrduSpanRepairs.trimRoles(spans, forms, g))
                .containsExactly(new Span(3, 5, PERSON), new Span(7, 8, PERSON));
        // a span that is only a role disappears; other types are left alone
        assertThat(UrduSpanRepairs.trimRoles(List.of(new Span(6, 7, PERSON), new Span(6, 8, ORGANIZATION)), forms, g))
                .containsExactly(new Span(6, 8, ORGANIZATION));
    }

    @Test
    void personSpanStopsBeforeANumber() {
        List<String> forms = List.of("ناصر", "محمود", "25", "نومبر", "کو");
        assertThat(UrduSpanRepairs.cutAtNumbers(List.of(new Span(0, 4, PERSON)), forms))
                .containsExactly(new Span(0, 2, PERSON));
        assertThat(UrduSpanRepairs.cutAtNumbers(List.of(new Span(0, 4, ORGANIZATION)), forms))
                .containsExactly(new Span(0, 4, ORGANIZATION));
    }

    @Test
    void personSpanEndingInAKnownPlaceBecomesThePersonAndThePlace() {
        List<String> forms = List.of("ناصر", "محمود", "لاہور", "میں");
        assertThat(g.knownType("لاہور")).isEqualTo(LOCATION);
        assertThat(UrduSpanRepairs.splitTrailingPlace(List.of(new Span(0, 3, PERSON)), forms, g))
                .containsExactly(new Span(0, 2, PERSON), new Span(2, 3, LOCATION));
    }

    @Test
    void spelledLettersBeforeAPersonAreItsInitials() {
        List<String> forms = List.of("ڈی", "کے", "ناصر", "نے", "آئی", "ایم", "ایف", "کے", "ایس", "ایچ", "او", "سے");
        List<Span> out = UrduSpanRepairs.initialsAndAcronyms(List.of(new Span(2, 3, PERSON)), forms, g);
        // ڈی کے before a person: initials; آئی ایم ایف and ایس ایچ او (a police rank) stay outside
        assertThat(out).containsExactly(new Span(0, 3, PERSON));
    }

    @Test
    void genitiveKeIsNotAnInitialOfTheNameAfterIt() {
        List<String> forms = List.of("پارٹی", "کے", "ناصر", "محمود");
        assertThat(UrduSpanRepairs.initialsAndAcronyms(List.of(new Span(2, 4, PERSON)), forms, g))
                .containsExactly(new Span(2, 4, PERSON));
    }
}
