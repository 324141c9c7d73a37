package khabar.core.event;

import static khabar.core.event.EventInputs.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** English coding: word-order patterns, passives, dates (published Friday 2024-07-26). */
class EventCoderEnglishTest {
    private static final EventCoder CODER = EventCoder.forLanguage("en");

    private static List<CodedEvent> code(String text) {
        return CODER.code(english(text));
    }

    private static CodedEvent only(String text, String root) {
        List<CodedEvent> events = code(text).stream().filter(e -> e.eventRoot().equals(root)).toList();
        assertThat(events).as("events of root %s in %s", root, text).hasSize(1);
        return events.get(0);
    }

    @Test
    void iraqiPoliceArrestingMenInBasraOnTuesdayIsAnArrestDatedTheTuesdayBefore() {
        CodedEvent e = only("Iraqi police arrested three men in Basra on Tuesday.", "17");

        assertThat(e.eventCode()).isEqualTo("173");
        assertThat(e.eventLabel()).isEqualTo("Arrest, detain, or charge with legal action");
        assertThat(e.trigger()).isEqualTo("arrested");
        assertThat(e.actor1Text()).isEqualTo("Iraqi police");
        assertThat(e.actor1Country()).isEqualTo("IQ");
        assertThat(e.actor1Role()).isEqualTo("COP");
        assertThat(e.actor2Role()).isEqualTo("CVL");
        assertThat(e.locationKbId()).isEqualTo("city:IQ:basra");
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 7, 23));
        assertThat(e.eventDateText()).isEqualTo("Tuesday");
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.coder()).isEqualTo("khabar-lex-en/2");
    }

    @Test
    void twoMinistersMeetingInIslamabadIsAConsultation() {
        CodedEvent e = only("The two ministers met in Islamabad.", "04");

        assertThat(e.eventCode()).startsWith("04");
        assertThat(e.actor1Role()).isEqualTo("GOV");
        assertThat(e.locationCountry()).isEqualTo("PK");
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(e.eventDate()).isNull();
    }

    @Test
    void passiveWithByTakesTheAgentFromTheByPhraseAndTheTargetFromTheSubject() {
        CodedEvent e = only("Three men were arrested by Pakistani police in Karachi.", "17");

        assertThat(e.actor1Country()).isEqualTo("PK");
        assertThat(e.actor1Role()).isEqualTo("COP");
        assertThat(e.actor2Role()).isEqualTo("CVL");
    }

    @Test
    void rocketsFiredAtBasesHostingUsTroopsTargetTheUsMilitaryInIraq() {
        CodedEvent e = only("Rockets were fired at bases hosting US troops in Iraq and Syria on Thursday.", "19");

        assertThat(e.eventCode()).isEqualTo("194");
        assertThat(e.actor2Country()).isEqualTo("US");
        assertThat(e.actor2Role()).isEqualTo("MIL");
        assertThat(e.locationCountry()).isEqualTo("IQ");
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 7, 25));
    }

    @Test
    void condemningAnAttackDoesNotMakeTheCondemnerTheAttacker() {
        List<CodedEvent> events = code("Pakistani officials condemned the attack on Friday.");

        assertThat(events).extracting(CodedEvent::eventRoot).contains("11");
        assertThat(events).filteredOn(e -> e.eventRoot().equals("19")).allSatisfy(e -> assertThat(e.actor1Country()).isNull());
    }

    @Test
    void futureWeekdayIsTheNextOne() {
        CodedEvent e = only("President Biden will meet Iraqi officials on Monday.", "04");

        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 7, 29));
        assertThat(e.actor2Country()).isEqualTo("IQ");
    }

    @Test
    void yesterdayAndLastWeekAndAYear() {
        assertThat(only("Israeli air strikes killed 20 people in Gaza yesterday.", "19").eventDate())
                .isEqualTo(LocalDate.of(2024, 7, 25));
        CodedEvent week = only("Hamas and Israel signed a ceasefire agreement in Cairo last week.", "05");
        assertThat(week.datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(week.eventDate()).isEqualTo(LocalDate.of(2024, 7, 15));
        CodedEvent year = only("The coalition was deployed in Iraq in 2014.", "15");
        assertThat(year.datePrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(year.eventDate()).isEqualTo(LocalDate.of(2014, 1, 1));
    }

    @Test
    void monthDayWithAndWithoutYear() {
        assertThat(only("Drones were launched against the base on July 16.", "19").eventDate())
                .isEqualTo(LocalDate.of(2024, 7, 16));
        assertThat(only("Militants attacked the convoy on 3 December 2023.", "19").eventDate())
                .isEqualTo(LocalDate.of(2023, 12, 3));
        assertThat(only("Protesters rallied in Lahore in December.", "14").eventDate())
                .as("a month more than 65 days ahead is last year's").isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void mayTheVerbIsNotMay() {
        assertThat(only("Iran may attack Israel.", "19").eventDate()).isNull();
    }

    @Test
    void negatedTriggerIsNotCoded() {
        assertThat(code("The militants did not attack the convoy.")).isEmpty();
    }

    @Test
    void saidAloneIsAStatementAndGivesWayToWhatWasSaid() {
        CodedEvent said = only("The Iraqi government said on Wednesday that the talks were useful.", "04");
        assertThat(said.eventRoot()).isEqualTo("04");
        assertThat(code("Iraqi officials said on Wednesday.")).extracting(CodedEvent::eventCode).containsExactly("010");
    }

    @Test
    void proxyAdjectiveKeepsTheBackerOutOfTheActor() {
        CodedEvent e = only("US troops were attacked in Syria by Iran-backed militias.", "19");

        assertThat(e.actor1Role()).isEqualTo("REB");
        assertThat(e.actor1Country()).isNull();
        assertThat(e.actor2Country()).isEqualTo("US");
        assertThat(e.locationCountry()).isEqualTo("SY");
    }

    @Test
    void countryAfterTheHeadWithOf() {
        CodedEvent e = only("Thousands of soldiers of Pakistan were deployed near the border.", "15");

        assertThat(e.actor2Country()).isEqualTo("PK");
        assertThat(e.actor2Role()).isEqualTo("MIL");
    }

    @Test
    void unsupportedLanguageCodesNothing() {
        assertThat(EventCoder.supports("fr")).isFalse();
        assertThat(EventCoder.supports("ur-PK")).isTrue();
        assertThat(EventCoder.forLanguage("fr").code(english("Police arrested three men."))).isEmpty();
    }
}
