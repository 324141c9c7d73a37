package khabar.core.event;

import static khabar.core.event.EventInputs.urdu;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import khabar.core.text.Link;
import org.junit.jupiter.api.Test;

/** Urdu coding on the seed's sentences (published Friday 2024-07-26) and a few of our own. */
class EventCoderUrduTest {
    private static final EventCoder CODER = EventCoder.forLanguage("ur");

    private static List<CodedEvent> code(String text) {
        return CODER.code(urdu(text));
    }

    private static CodedEvent only(String text, String root) {
        List<CodedEvent> events = code(text).stream().filter(e -> e.eventRoot().equals(root)).toList();
        assertThat(events).as("events of root %s in %s", root, text).hasSize(1);
        return events.get(0);
    }

    @Test
    void rocketsFiredAtBasesHostingUsTroopsIsFightAgainstUsMilitaryInIraq() {
        String title = "عراق اور شام میں امریکی فوجیوں کی میزبانی کرنے والے اڈوں پر راکٹ داغے گئے۔";
        List<CodedEvent> events = code(title);

        assertThat(events).hasSize(1);
        CodedEvent e = events.get(0);
        assertThat(e.eventCode()).isEqualTo("194");
        assertThat(e.eventRoot()).isEqualTo("19");
        assertThat(e.quadClass()).isEqualTo(4);
        assertThat(e.goldstein()).isEqualTo(-10.0);
        assertThat(e.trigger()).isEqualTo("راکٹ داغے");
        assertThat(title.substring(e.triggerCharBegin(), e.triggerCharEnd())).isEqualTo(e.trigger());
        assertThat(e.actor1Text()).isNull();
        assertThat(e.actor2Text()).isEqualTo("امریکی فوجیوں");
        assertThat(e.actor2Country()).isEqualTo("US");
        assertThat(e.actor2Role()).isEqualTo("MIL");
        assertThat(e.locationText()).isEqualTo("عراق");
        assertThat(e.locationKbId()).isEqualTo("iso3166:IQ");
        assertThat(e.locationCountry()).isEqualTo("IQ");
        assertThat(e.coder()).isEqualTo("khabar-lex-ur/2");
    }

    @Test
    void hostingIsAStopPhraseNotAHostedVisit() {
        assertThat(code("عراق اور شام میں امریکی فوجیوں کی میزبانی کرنے والے اڈوں پر راکٹ داغے گئے۔"))
                .noneMatch(e -> e.eventRoot().equals("04"));
    }

    @Test
    void defenseDepartmentSayingOnWednesdayIsAStatementByUsGovernmentDatedWednesday() {
        CodedEvent e = only("امریکی محکمہ دفاع نے بدھ کو کہا کہ \"وفود نے دو طرفہ سیکورٹی تعلقات کے ایک نئے مرحلے"
                + " کے تصور پر سمجھوتہ کیا”۔", "01");

        assertThat(e.eventCode()).isEqualTo("010");
        assertThat(e.actor1Text()).isEqualTo("امریکی محکمہ دفاع");
        assertThat(e.actor1Country()).isEqualTo("US");
        assertThat(e.actor1Role()).isEqualTo("GOV");
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 7, 24));
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.eventDateText()).isEqualTo("بدھ کو");
    }

    @Test
    void quotedAgreementIsCodedBesideTheStatementWithLowerConfidence() {
        CodedEvent e = only("امریکی محکمہ دفاع نے بدھ کو کہا کہ \"وفود نے دو طرفہ سیکورٹی تعلقات کے ایک نئے مرحلے"
                + " کے تصور پر سمجھوتہ کیا”۔", "05");

        assertThat(e.eventCode()).isEqualTo("057");
        assertThat(e.actor1Text()).isEqualTo("وفود");
        assertThat(e.actor1Role()).isEqualTo("GOV");
        assertThat(e.confidence()).isLessThan(0.6);
    }

    @Test
    void attributionGivesWayToTheReportedAttack() {
        List<CodedEvent> events = code("ایک عراقی سیکورٹی ذرائع نے بتایا کہ صوبہ الانبار میں عین الاسد اڈے کے ارد گرد"
                + " چار راکٹ گرے۔");

        assertThat(events).extracting(CodedEvent::eventRoot).containsExactly("19");
        assertThat(events.get(0).locationKbId()).isEqualTo("region:IQ:anbar");
    }

    @Test
    void iranBackedGroupsDemandingWithdrawalIsADemandWithoutIranAsActor() {
        CodedEvent e = only("ایران کے حمایت یافتہ گروپوں نے انخلا کا مطالبہ کیا ہے۔", "10");

        assertThat(e.eventCode()).isEqualTo("105");
        assertThat(e.actor1Text()).isEqualTo("ایران کے حمایت یافتہ گروپوں");
        assertThat(e.actor1Country()).isNull();
        assertThat(e.quadClass()).isEqualTo(3);
    }

    @Test
    void agentWithNeAndTargetWithKoAndPlaceWithMein() {
        CodedEvent e = only("پاکستانی پولیس نے کراچی میں تین افراد کو گرفتار کر لیا۔", "17");

        assertThat(e.eventCode()).isEqualTo("173");
        assertThat(e.actor1Country()).isEqualTo("PK");
        assertThat(e.actor1Role()).isEqualTo("COP");
        assertThat(e.actor2Role()).isEqualTo("CVL");
        assertThat(e.locationKbId()).isEqualTo("city:PK:karachi");
    }

    @Test
    void usForcesLaunchingAttacksAgainstFightersHaveBothActors() {
        CodedEvent e = only("جوابی کارروائی میں، امریکی افواج نے تہران کے حمایت یافتہ جنگجوؤں کے خلاف درجنوں حملے"
                + " شروع کیے۔", "19");

        assertThat(e.actor1Country()).isEqualTo("US");
        assertThat(e.actor1Role()).isEqualTo("MIL");
        assertThat(e.actor2Role()).isEqualTo("REB");
        assertThat(e.actor2Country()).as("Tehran-backed is not Tehran's").isNull();
    }

    @Test
    void soldiersKilledAtABaseInJordanAreTheTargetAndJordanThePlace() {
        CodedEvent e = only("اردن کے ایک اڈے پر تین امریکی فوجی مارے گئے۔", "19");

        assertThat(e.actor2Country()).isEqualTo("US");
        assertThat(e.actor2Role()).isEqualTo("MIL");
        assertThat(e.locationCountry()).isEqualTo("JO");
    }

    @Test
    void talksWithWashingtonTakeThePartnerNotTheTopic() {
        CodedEvent e = only("بغداد نے عراق میں امریکی قیادت والے اتحاد کے مشن کے مستقبل پر واشنگٹن کے ساتھ بات چیت"
                + " کرتے ہوئے تناؤ کو کم کرنے کی کوشش کی ہے۔", "04");

        assertThat(e.actor1KbId()).isEqualTo("city:IQ:baghdad");
        assertThat(e.actor1Country()).isEqualTo("IQ");
        assertThat(e.actor2Country()).isEqualTo("US");
    }

    @Test
    void thursdayAndFridayResolveAgainstThePublicationDate() {
        CodedEvent e = only("عراق اور شام میں امریکی قیادت میں جہاد مخالف اتحاد کے فوجیوں کی میزبانی کرنے والے اڈوں پر"
                + " جمعرات کو کئی راکٹ داغے گئے۔", "19");

        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 7, 25));
        assertThat(e.eventDateText()).isEqualTo("جمعرات");
    }

    @Test
    void dayAndMonthResolveToThatDayOfThePublicationYear() {
        CodedEvent e = only("16 جولائی کو عین الاسد اڈے کے خلاف دو ڈرون لانچ کیے گئے۔", "19");

        assertThat(e.eventCode()).isEqualTo("195");
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 7, 16));
        assertThat(e.eventDateText()).isEqualTo("16 جولائی");
        assertThat(e.locationKbId()).isEqualTo("site:IQ:ain-al-asad");
    }

    @Test
    void thisWeekHasWeekPrecisionAndMonthAloneMonthPrecision() {
        CodedEvent week = only("تازہ ترین حملہ اس ہفتے عراق میں ہوا ہے۔", "19");
        // an accusation (11); the attack it is about is its topic, not a second event (Complements)
        CodedEvent month = only("جنوری میں ان گروپوں پر ڈرون حملے کا الزام لگایا گیا۔", "11");

        assertThat(week.datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(week.eventDate()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(month.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.eventDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void kalIsYesterdayInThePastTomorrowInTheFutureAndNothingAsTotal() {
        CodedEvent past = only("کل رات کابل میں ایک دھماکہ ہوا تھا۔", "18");
        CodedEvent past2 = only("پولیس نے کل تین افراد کو گرفتار کیا تھا۔", "17");
        CodedEvent future = only("دونوں وزرا کل اسلام آباد میں ملاقات کریں گے۔", "04");
        CodedEvent total = only("پولیس نے کل تعداد میں افراد کو گرفتار کیا۔", "17");

        assertThat(past.eventDate()).isEqualTo(LocalDate.of(2024, 7, 25));
        assertThat(past2.eventDate()).isEqualTo(LocalDate.of(2024, 7, 25));
        assertThat(future.eventDate()).isEqualTo(LocalDate.of(2024, 7, 27));
        assertThat(total.eventDate()).isNull();
        assertThat(total.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void yearBeforeMeinIsAYear() {
        CodedEvent e = only("یہ اتحاد 2014 میں عراق میں تعینات کیا گیا تھا۔", "15");

        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void negatedClaimIsNotCoded() {
        assertThat(code("دونوں حملوں کی ذمہ داری فوری طور پر قبول نہیں کی گئی۔"))
                .noneMatch(e -> e.eventCode().equals("015"));
    }

    @Test
    void haltedAttacksAreDeEscalationNotAttacks() {
        CodedEvent e = only("اس کے بعد سے امریکی فوجیوں کے خلاف حملے بڑی حد تک رک گئے ہیں۔", "08");

        assertThat(e.eventCode()).isEqualTo("087");
        assertThat(code("اس کے بعد سے امریکی فوجیوں کے خلاف حملے بڑی حد تک رک گئے ہیں۔"))
                .noneMatch(x -> x.eventRoot().equals("19"));
    }

    @Test
    void sentenceWithoutPlaceTakesTheDatelinePlace() {
        String text = "مظاہرین نے احتجاج کیا۔";
        EventInput plain = urdu(text);
        EventInput in = new EventInput("ur", text, plain.sentences(), plain.mentions(), null,
                LocalDate.of(2024, 7, 27), "بغداد", new Link("city:IQ:baghdad", "Baghdad", "CITY", "IQ"));

        CodedEvent e = CODER.code(in).get(0);

        assertThat(e.eventRoot()).isEqualTo("14");
        assertThat(e.actor1Role()).isEqualTo("OPP");
        assertThat(e.locationText()).isEqualTo("بغداد");
        assertThat(e.locationCountry()).isEqualTo("IQ");
        assertThat(e.confidence()).as("a dateline place earns no bonus").isEqualTo(0.6);
    }

    @Test
    void wholeSeedCodesEventsWithoutFailing() {
        String seed = khabar.core.Fixtures.text("seed-ur.txt");
        List<CodedEvent> events = CODER.code(urdu(seed));

        assertThat(events).hasSizeGreaterThan(15);
        assertThat(events).allSatisfy(e -> {
            assertThat(seed.substring(e.triggerCharBegin(), e.triggerCharEnd())).isEqualTo(e.trigger());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.eventKey()).hasSize(32);
        });
    }
}
