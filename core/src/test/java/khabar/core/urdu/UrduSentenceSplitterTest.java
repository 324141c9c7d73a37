package khabar.core.urdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduSentenceSplitter.Options;
import khabar.core.urdu.UrduSentenceSplitter.ParagraphBreak;
import org.junit.jupiter.api.Test;

class UrduSentenceSplitterTest {
    private final UrduSentenceSplitter splitter = UrduSentenceSplitter.standard();

    private static List<String> texts(String text, List<Sentence> sentences) {
        return sentences.stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    private List<String> split(String text) {
        return texts(text, splitter.split(text));
    }

    @Test
    void splitsSeedBodyOnUrduFullStop() {
        String body = UrduSeed.body();
        List<Sentence> sentences = splitter.split(body);
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(15).hasSize(26);
        assertThat(texts(body, sentences)).allSatisfy(s -> assertThat(s).endsWith("۔"));
        assertThat(texts(body, sentences).get(0))
                .startsWith("بغداد (اے ایف پی) – عراق").endsWith("نے بتائی۔");
    }

    @Test
    void keepsSeedSentenceIndexesAndOffsetsConsistentWithTheirTokens() {
        String seed = UrduSeed.text();
        List<Sentence> sentences = splitter.split(seed);
        assertThat(sentences).hasSize(27);
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.tokens()).isNotEmpty();
            assertThat(s.begin()).isEqualTo(s.tokens().get(0).begin());
            assertThat(s.end()).isEqualTo(s.tokens().get(s.tokens().size() - 1).end());
            for (Token t : s.tokens()) {
                assertThat(seed.substring(t.begin(), t.end())).isEqualTo(t.text());
            }
            tokens += s.tokens().size();
        }
        assertThat(tokens).isEqualTo(splitter.tokenizer().tokenize(seed).size());
        assertThat(seed.substring(sentences.get(0).begin(), sentences.get(0).end())).isEqualTo(UrduSeed.title());
    }

    @Test
    void keepsTheFullStopAfterAClosingQuoteInTheSentence() {
        String text = "امریکی محکمہ دفاع نے کہا کہ \"وفود نے سمجھوتہ کیا”۔ اس میں تعاون شامل ہوگا۔";
        assertThat(split(text)).containsExactly("امریکی محکمہ دفاع نے کہا کہ \"وفود نے سمجھوتہ کیا”۔",
                "اس میں تعاون شامل ہوگا۔");
    }

    @Test
    void keepsClosingQuotesAndBracketsRightAfterTheTerminator() {
        assertThat(split("اس نے کہا “ہم آئیں گے۔” پھر وہ چلا گیا۔"))
                .containsExactly("اس نے کہا “ہم آئیں گے۔”", "پھر وہ چلا گیا۔");
        assertThat(split("انہوں نے کہا \"کیا یہ درست ہے؟\" سب خاموش رہے۔"))
                .containsExactly("انہوں نے کہا \"کیا یہ درست ہے؟\"", "سب خاموش رہے۔");
        assertThat(split("(یہ خبر پرانی ہے۔) نئی خبر آئی۔")).containsExactly("(یہ خبر پرانی ہے۔)", "نئی خبر آئی۔");
    }

    @Test
    void doesNotTakeAnOpeningQuoteOfTheNextSentence() {
        assertThat(split("اس نے کہا۔ \"ہم آئیں گے۔\""))
                .containsExactly("اس نے کہا۔", "\"ہم آئیں گے۔\"");
    }

    @Test
    void splitsOnQuestionAndExclamationMarks() {
        assertThat(split("کیا وہ آئیں گے؟ ہاں! وہ ضرور آئیں گے۔"))
                .containsExactly("کیا وہ آئیں گے؟", "ہاں!", "وہ ضرور آئیں گے۔");
        assertThat(split("واقعی؟! ہاں۔")).containsExactly("واقعی؟!", "ہاں۔");
        assertThat(split("Really? Yes.")).containsExactly("Really?", "Yes.");
    }

    @Test
    void splitsOnLatinFullStopInUrduText() {
        assertThat(split("امریکی فوج کے عراق میں 2500 فوجی ہیں. شام میں 900 فوجی ہیں."))
                .containsExactly("امریکی فوج کے عراق میں 2500 فوجی ہیں.", "شام میں 900 فوجی ہیں.");
    }

    @Test
    void doesNotSplitInsideNumbersOrDates() {
        assertThat(split("شرح 3.5 فیصد رہی اور 16/07/2024 کو 2,500 افراد آئے۔ پھر 175 حملے ہوئے۔"))
                .containsExactly("شرح 3.5 فیصد رہی اور 16/07/2024 کو 2,500 افراد آئے۔", "پھر 175 حملے ہوئے۔");
    }

    @Test
    void doesNotSplitAfterInitialsTitlesOrInitialisms() {
        assertThat(split("U.S. forces and Mr. Khan met J. K. Rowling in Iraq. Then they left."))
                .containsExactly("U.S. forces and Mr. Khan met J. K. Rowling in Iraq.", "Then they left.");
        assertThat(split("ایم۔کیو۔ایم نے احتجاج کیا۔ پولیس آئی۔"))
                .containsExactly("ایم۔کیو۔ایم نے احتجاج کیا۔", "پولیس آئی۔");
    }

    @Test
    void doesNotSplitInsideUrlsOrDomains() {
        assertThat(split("تفصیل www.dawn.com/news پر ہے۔ مزید dawn.com پر۔"))
                .containsExactly("تفصیل www.dawn.com/news پر ہے۔", "مزید dawn.com پر۔");
    }

    @Test
    void splitsAfterFullStopWrittenWithoutASpace() {
        assertThat(split("بات کی ہے۔اس کے بعد حملے رک گئے۔")).containsExactly("بات کی ہے۔", "اس کے بعد حملے رک گئے۔");
    }

    @Test
    void endsASentenceAtEveryNewlineByDefault() {
        assertThat(split("عراق اور شام میں حملے\nبغداد (اے ایف پی) – راکٹ داغے گئے۔"))
                .containsExactly("عراق اور شام میں حملے", "بغداد (اے ایف پی) – راکٹ داغے گئے۔");
        assertThat(split("پہلا پیراگراف\r\n\r\nدوسرا پیراگراف")).containsExactly("پہلا پیراگراف", "دوسرا پیراگراف");
    }

    @Test
    void endsASentenceOnlyAtBlankLinesForHardWrappedText() {
        UrduSentenceSplitter wrapped = new UrduSentenceSplitter(new Options(ParagraphBreak.BLANK_LINE, 256));
        String text = "عراق اور شام میں\nحملے ہوئے\n\nبغداد میں\nخاموشی";
        assertThat(texts(text, wrapped.split(text)))
                .containsExactly("عراق اور شام میں\nحملے ہوئے", "بغداد میں\nخاموشی");
    }

    @Test
    void keepsListNumbersWithTheirItem() {
        assertThat(split("1۔ پہلا نکتہ۔\n2. دوسرا نکتہ۔"))
                .containsExactly("1۔ پہلا نکتہ۔", "2. دوسرا نکتہ۔");
    }

    @Test
    void cutsRunawaySentencesAtTheTokenLimitPreferringACommaInTheSecondHalf() {
        UrduSentenceSplitter capped = new UrduSentenceSplitter(new Options(ParagraphBreak.NEWLINE, 10));
        String text = "ایک دو تین چار پانچ چھ سات، آٹھ نو دس گیارہ بارہ";
        List<Sentence> sentences = capped.split(text);
        assertThat(texts(text, sentences)).containsExactly("ایک دو تین چار پانچ چھ سات،", "آٹھ نو دس گیارہ بارہ");
        String words = "لفظ ".repeat(25);
        assertThat(capped.split(words)).hasSize(3).allSatisfy(s -> assertThat(s.tokens()).hasSizeLessThanOrEqualTo(10));
    }

    @Test
    void keepsTextWithoutTerminatorAsOneSentence() {
        assertThat(split("عراق اور شام میں امریکی فوجی")).containsExactly("عراق اور شام میں امریکی فوجی");
    }

    @Test
    void returnsNoSentencesForBlankText() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("  \n\n \u200F")).isEmpty();
    }
}
