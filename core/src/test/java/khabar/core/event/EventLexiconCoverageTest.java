package khabar.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.LanguageSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CAMEO root 01-20 has triggers in both languages, and one sentence per root and language codes to it. */
class EventLexiconCoverageTest {
    private static final Set<String> ALL_ROOTS = new TreeSet<>(
            IntStream.rangeClosed(1, 20).mapToObj(r -> String.format("%02d", r)).toList());

    @Test
    void everyRootHasTriggersInEveryRegistryLanguageWithEvents() {
        List<String> languages = LanguageRegistry.all().stream().filter(l -> l.events().isPresent())
                .map(LanguageSupport::code).toList();
        assertThat(languages).contains("ur", "en");
        for (String language : languages) {
            assertThat(EventCoder.forLanguage(language).roots()).as(language).containsExactlyInAnyOrderElementsOf(ALL_ROOTS);
        }
    }

    @Test
    void codebookHasEveryRootWithItsQuadClass() {
        assertThat(CameoCodebook.shared().roots()).containsExactlyElementsOf(ALL_ROOTS);
        assertThat(CameoCodebook.shared().codes()).allSatisfy(c ->
                assertThat(c.quadClass()).isEqualTo(CameoCode.quadClassOf(Integer.parseInt(c.root()))));
        assertThat(CameoCodebook.shared().get("190").goldstein()).isEqualTo(-10.0);
        assertThat(CameoCodebook.shared().get("057").quadClass()).isEqualTo(1);
    }

    @ParameterizedTest(name = "ur {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01 | وزیر خارجہ نے کہا کہ حالات بہتر ہیں۔
            02 | اقوام متحدہ نے فریقین سے اپیل کی۔
            03 | چین نے تعاون کا وعدہ کیا۔
            04 | دونوں وزرا نے ملاقات کی۔
            05 | دونوں ممالک نے معاہدے پر دستخط کیے۔
            06 | دونوں ممالک کی مشترکہ فوجی مشقیں شروع ہو گئیں۔
            07 | سعودی عرب نے پاکستان کو مالی امداد دی۔
            08 | فریقین نے جنگ بندی کا اعلان کیا۔
            09 | حکومت نے واقعے کی تحقیقات شروع کر دیں۔
            10 | مظاہرین نے وزیر اعظم کے استعفے کا مطالبہ کیا۔
            11 | پاکستان نے حملے کی مذمت کی۔
            12 | ایران نے امریکی تجویز مسترد کر دی۔
            13 | ایران نے اسرائیل کو دھمکی دی۔
            14 | ہزاروں افراد نے لاہور میں احتجاج کیا۔
            15 | بھارت نے سرحد پر اضافی فوج تعینات کر دی۔
            16 | امریکہ نے ایران پر نئی پابندیاں عائد کر دیں۔
            17 | پولیس نے تین مشتبہ افراد کو گرفتار کر لیا۔
            18 | کوئٹہ میں خودکش حملے میں دس افراد ہلاک ہو گئے۔
            19 | عسکریت پسندوں نے فوجی چوکی پر حملہ کیا۔
            20 | اقوام متحدہ نے قتل عام کی رپورٹ جاری کی۔
            """)
    void urduSentenceCodesToItsRoot(String root, String sentence) {
        assertThat(EventCoder.forLanguage("ur").code(EventInputs.urdu(sentence)))
                .extracting(CodedEvent::eventRoot).contains(root);
    }

    @ParameterizedTest(name = "en {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01 | The foreign minister said the situation was improving.
            02 | The United Nations appealed for calm.
            03 | China pledged to cooperate with Pakistan.
            04 | The two ministers held talks in Islamabad.
            05 | Both countries signed a trade agreement.
            06 | The two armies held joint exercises.
            07 | Saudi Arabia gave Pakistan financial aid.
            08 | The rebels released two hostages.
            09 | The government launched an investigation into the crash.
            10 | Protesters demanded the resignation of the prime minister.
            11 | Pakistan condemned the attack.
            12 | Iran rejected the proposal.
            13 | Iran threatened Israel.
            14 | Thousands of people protested in Lahore.
            15 | India deployed extra troops along the border.
            16 | Washington imposed new sanctions on Iran.
            17 | Police arrested three suspects.
            18 | A suicide bomber killed ten people in Quetta.
            19 | Militants attacked an army post.
            20 | The report described a massacre of villagers.
            """)
    void englishSentenceCodesToItsRoot(String root, String sentence) {
        assertThat(EventCoder.forLanguage("en").code(EventInputs.english(sentence)))
                .extracting(CodedEvent::eventRoot).contains(root);
    }

    @Test
    void lexiconsLoadOnceAndAreShared() {
        assertThat(EventCoder.forLanguage("ur")).isSameAs(EventCoder.forLanguage("ur-PK"));
        List<CodedEvent> a = EventCoder.forLanguage("en").code(EventInputs.english("Police arrested three men."));
        List<CodedEvent> b = EventCoder.forLanguage("en").code(EventInputs.english("Police arrested three men."));
        assertThat(a).isEqualTo(b);
    }
}
