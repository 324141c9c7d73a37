package khabar.core.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import khabar.core.event.CodedEvent;
import khabar.core.event.DatePrecision;
import org.junit.jupiter.api.Test;

/** The gold format and the one-to-one matching, on small hand-made cases (no NLP). */
class EventMatcherTest {
    private static List<GoldEventSentence> parse(String tsv) throws Exception {
        return EventGoldReader.read(new BufferedReader(new StringReader(tsv)), "t.tsv");
    }

    private static CodedEvent coded(String code, String a1Country, String a1Role, String place) {
        return new CodedEvent("k", 0, code, code.substring(0, 2), "label", 4, -10, "trigger", 0, 7, "a1", null,
                a1Country, a1Role, null, null, null, null, place, null, null, null, null, DatePrecision.UNKNOWN, 0.5,
                "test");
    }

    @Test
    void readsSentencesWithTheirEventsAndSentencesWithout() throws Exception {
        List<GoldEventSentence> gold = parse("# comment\nS\tx1\tRockets hit Basra.\nE\t194|19\t-\tIQ/MIL\tBasra\n"
                + "S\tx2\tIt rained.\n");

        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).events().get(0).roots()).containsExactly("19");
        assertThat(gold.get(0).events().get(0).actor2()).containsExactly("IQ/MIL");
        assertThat(gold.get(1).events()).isEmpty();
    }

    @Test
    void malformedRowsFailWithFileAndLine() {
        assertThatThrownBy(() -> parse("S\tx1\tText.\nE\t1a\t-\t-\t-\n")).hasMessageStartingWith("t.tsv:2:");
        assertThatThrownBy(() -> parse("S\tx1\tText.\nE\t190\tIraq\t-\t-\n")).hasMessageContaining("CC/ROLE");
        assertThatThrownBy(() -> parse("S\tx1\tText.\nE\t190\tIQ/XXX\t-\t-\n")).hasMessageContaining("unknown role");
        assertThatThrownBy(() -> parse("E\t190\t-\t-\t-\n")).hasMessageContaining("before any S");
        assertThatThrownBy(() -> parse("S\tx1\tA.\nS\tx1\tB.\n")).hasMessageContaining("duplicate");
    }

    @Test
    void pairsByRootFirstThenLeftoversAsDetectedWithWrongRoot() throws Exception {
        GoldEventSentence s = parse("S\tx\tt\nE\t173\tPK/COP\t-\tKarachi\nE\t141\t-/CVL\t-\t-\n").get(0);

        EventMatcher.SentenceMatch m = EventMatcher.match(s, List.of(coded("140", null, "CVL", null),
                coded("190", null, null, null), coded("173", "PK", "COP", "Karachi city")));

        assertThat(m.pairs()).hasSize(2);
        assertThat(m.rootPairs()).isEqualTo(2);
        assertThat(m.spurious()).extracting(CodedEvent::eventCode).containsExactly("190");
        EventEvalReport r = EventEvalReport.of("en", List.of(m));
        assertThat(r.rootCodes().precision()).isEqualTo(2.0 / 3);
        assertThat(r.rootCodes().recall()).isEqualTo(1.0);
        assertThat(r.fullCode().value()).as("140 is not 141").isEqualTo(0.5);
        assertThat(r.actor1().value()).isEqualTo(1.0);
        assertThat(r.place().value()).as("Karachi is in 'Karachi city'; none predicted for -").isEqualTo(1.0);
    }

    @Test
    void aWrongRootStillCountsAsADetectedEvent() throws Exception {
        GoldEventSentence s = parse("S\tx\tt\nE\t114\tJP/-\tCN/-\t-\n").get(0);

        EventEvalReport r = EventEvalReport.of("en", List.of(EventMatcher.match(s, List.of(coded("140", "JP", null, null)))));

        assertThat(r.eventDetection().tp()).isEqualTo(1);
        assertThat(r.rootCodes().tp()).isZero();
        assertThat(r.rootCodes().fp()).isEqualTo(1);
        assertThat(r.rootCodes().fn()).isEqualTo(1);
        assertThat(r.actor1().total()).as("attributes are judged on root-agreeing pairs only").isZero();
    }
}
