package khabar.core.urdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import org.junit.jupiter.api.Test;

/** Invariants on random mixes of the chars that make tokenizing hard. */
class UrduRandomTextTest {
    private static final String[] PIECES = {"بغداد", "ی", "ي", "ك", "ہ", "ه", "\u0654", "\u064E", "\u0670", "ـ",
        "۲۰۲۴", "٣", "2500", "3", ".", ",", "/", ":", "-", "–", "۔", "،", "؟", "؛", "!", "?", "\"", "”", "“", "’",
        "'", "(", ")", " ", " ", " ", "\n", "\n\n", "\u00A0", "\u200C", "\u200B", "\u200F", "\u202B", "\uFEFF",
        "U", "S", "AFP", "www.", "http://", "@", "a.b", "ایم", "\uD83D\uDC4D", "\uD83D", "\u0000", "e\u0301",
        "\uFEAD", "٫", "https://x.org/(a)"};

    @Test
    void tokensMapBackAndSentencesCoverAllTokensInOrderOnRandomText() {
        Random random = new Random(20240716L);
        UrduSentenceSplitter splitter = new UrduSentenceSplitter(
                new UrduSentenceSplitter.Options(UrduSentenceSplitter.ParagraphBreak.NEWLINE, 12));
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Token> tokens = splitter.tokenizer().tokenize(text);
            int previousEnd = 0;
            for (Token t : tokens) {
                assertThat(t.end()).as(text).isGreaterThan(t.begin());
                assertThat(t.begin()).as(text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
                assertThat(t.normalized()).isEqualTo(UrduNormalizer.normalize(t.text()));
                previousEnd = t.end();
            }
            List<Sentence> sentences = splitter.split(text, tokens);
            assertThat(sentences.stream().flatMap(s -> s.tokens().stream()).toList()).isEqualTo(tokens);
            for (int i = 0; i < sentences.size(); i++) {
                assertThat(sentences.get(i).index()).isEqualTo(i);
                assertThat(sentences.get(i).tokens()).isNotEmpty().hasSizeLessThanOrEqualTo(12);
            }
            String normalized = UrduNormalizer.normalize(text);
            assertThat(UrduNormalizer.normalize(normalized)).as(text).isEqualTo(normalized);
            assertThat(UrduNormalizer.align(text).text()).isEqualTo(normalized);
        }
    }
}
