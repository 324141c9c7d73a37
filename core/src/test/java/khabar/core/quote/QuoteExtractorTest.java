package khabar.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.text.Analysis;
import org.junit.jupiter.api.Test;

/** The rules on the real analyzers' sentences and mentions (sentences made up for the test, not gold ones). */
class QuoteExtractorTest {
    private static List<Quote> quotes(String language, String text) {
        Analysis a = Analyzers.forLanguage(language, NlpSettings.defaults()).analyze(text);
        return QuoteExtractor.forLanguage(language).extract(text, a.sentences(), a.mentions());
    }

    @Test
    void urduPronounTakesTheLastSpeaker() {
        List<Quote> q = quotes("ur", "پولیس کے ترجمان نے بتایا کہ ملزم کو گرفتار کر لیا گیا ہے۔ انہوں نے کہا کہ تفتیش جاری ہے۔");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).text()).isEqualTo("ملزم کو گرفتار کر لیا گیا ہے");
        assertThat(q.get(0).speaker().type()).isEqualTo(SpeakerType.ROLE);
        assertThat(q.get(1).text()).isEqualTo("تفتیش جاری ہے");
        assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker());
        assertThat(q).allMatch(x -> x.kind() == QuoteKind.INDIRECT);
    }

    @Test
    void urduDirectQuoteAfterAColon() {
        List<Quote> q = quotes("ur", "وزیر نے کہا: “ہم کسی دباؤ میں نہیں آئیں گے”۔");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("ہم کسی دباؤ میں نہیں آئیں گے");
            assertThat(x.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(x.verb()).isEqualTo("کہا");
        });
    }

    @Test
    void urduAccordingToTheLawIsNoQuote() {
        assertThat(quotes("ur", "قانون کے مطابق ہر شہری کو ووٹ کا حق حاصل ہے۔")).isEmpty();
    }

    @Test
    void englishQuoteBeforeAndSpeakerAfter() {
        String text = "\"We will rebuild the bridge within a year,\" said a ministry spokesman.";
        List<Quote> q = quotes("en", text);
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("We will rebuild the bridge within a year");
            assertThat(x.speaker().text()).isEqualTo("a ministry spokesman");
            assertThat(x.kind()).isEqualTo(QuoteKind.DIRECT);
        });
    }

    @Test
    void englishAccordingToAtTheEndOfTheSentence() {
        List<Quote> q = quotes("en", "The bridge will reopen in March, according to the transport ministry.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The bridge will reopen in March");
            assertThat(x.verb()).isEqualTo("according to");
            assertThat(x.speaker().text()).contains("ministry");
        });
    }

    @Test
    void noCueNoQuote() {
        assertThat(quotes("en", "Heavy rain flooded the streets of Lahore on Monday.")).isEmpty();
    }
}
