package khabar.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** event_key groups one real-world event across articles, sources and languages; event_id is per mention. */
class EventKeysTest {
    private static final String TITLE = "عراق اور شام میں امریکی فوجیوں کی میزبانی کرنے والے اڈوں پر راکٹ داغے گئے۔";

    private static CodedEvent first(EventInput in) {
        return EventCoder.forLanguage(in.language()).code(in).get(0);
    }

    @Test
    void sameEventInTwoArticlesHasTheSameKeyAndDifferentIds() {
        CodedEvent a = first(EventInputs.urdu(TITLE, LocalDate.of(2024, 7, 26)));
        CodedEvent b = first(EventInputs.urdu("بغداد سے رپورٹ: " + TITLE, LocalDate.of(2024, 7, 27)));

        assertThat(a.eventKey()).isEqualTo(b.eventKey());
        String idA = EventKeys.eventId("article-a", "title", a.sentenceIndex(), a.triggerCharBegin());
        String idB = EventKeys.eventId("article-b", "title", b.sentenceIndex(), b.triggerCharBegin());
        assertThat(idA).isNotEqualTo(idB).hasSize(32);
        assertThat(EventKeys.eventId("article-a", "body", 0, a.triggerCharBegin())).isNotEqualTo(idA);
    }

    @Test
    void urduAndEnglishReportsOfOneAttackMeet() {
        CodedEvent ur = first(EventInputs.urdu("عراق اور شام میں امریکی فوجیوں کی میزبانی کرنے والے اڈوں پر جمعرات کو"
                + " راکٹ داغے گئے۔"));
        CodedEvent en = first(EventInputs.english("Rockets were fired at bases hosting US troops in Iraq and Syria"
                + " on Thursday."));

        assertThat(ur.eventCode()).isEqualTo(en.eventCode());
        assertThat(ur.eventKey()).isEqualTo(en.eventKey());
    }

    @Test
    void datedAndUndatedReportsOfTheSameWeekMeet() {
        CodedEvent dated = first(EventInputs.english("Rockets were fired at US troops in Iraq on Thursday."));
        CodedEvent undated = first(EventInputs.english("Rockets were fired at US troops in Iraq."));

        assertThat(dated.eventKey()).isEqualTo(undated.eventKey());
    }

    @Test
    void otherRootOtherWeekOrOtherTargetMakeOtherKeys() {
        CodedEvent attack = first(EventInputs.english("Rockets were fired at US troops in Iraq on Thursday."));
        CodedEvent earlier = first(EventInputs.english("Rockets were fired at US troops in Iraq on Thursday.",
                LocalDate.of(2024, 7, 12)));
        CodedEvent police = first(EventInputs.english("Rockets were fired at Iraqi police in Iraq on Thursday."));
        CodedEvent arrest = first(EventInputs.english("US troops arrested three men in Iraq on Thursday."));

        assertThat(attack.eventKey()).isNotEqualTo(earlier.eventKey())
                .isNotEqualTo(police.eventKey()).isNotEqualTo(arrest.eventKey());
    }

    @Test
    void keyMaterialIsReadable() {
        assertThat(EventKeys.keyMaterial(LocalDate.of(2024, 7, 25), DatePrecision.DAY, LocalDate.of(2024, 7, 26), "19",
                null, null, "US", "MIL", "IQ", "iso3166:IQ")).isEqualTo("v1|2024-W30|19|-:-|US:MIL|IQ");
        assertThat(EventKeys.keyMaterial(null, DatePrecision.UNKNOWN, null, "04", "PK", "GOV", null, null, null,
                "site:IQ:ain-al-asad")).isEqualTo("v1|-|04|PK:GOV|-:-|site:IQ:ain-al-asad");
        assertThat(EventKeys.keyMaterial(LocalDate.of(2014, 1, 1), DatePrecision.YEAR, LocalDate.of(2024, 7, 26), "15",
                null, null, null, null, "IQ", null)).isEqualTo("v1|2014|15|-:-|-:-|IQ");
    }
}
