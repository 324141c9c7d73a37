package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduSentenceSplitter;

class UrduNerLabelsTest {
    @Test
    void featureFormsNormalizeEachTokenAndKeepTheTextOfTokensThatNormalizeToNothing() {
        assertThat(UrduNerLabels.featureForms(List.of("كراچي", "وسطیٰ", "ـ", "", "۲۰۲۴", "AFP")))
                .containsExactly("کراچی", "وسطی", "ـ", "_", "2024", "AFP");
    }

    @Test
    void tokenFeatureFormsUseTheNormalizedFormAndJoinSpaces() {
        assertThat(UrduNerLabels.tokenFeatureForms(List.of(new Token("كراچي", "کراچی", 0, 5),
                new Token("ـ", "", 6, 7), new Token("a b", "a b", 8, 11))))
                .containsExactly("کراچی", "ـ", "a_b");
    }

    @Test
    void bothFormsAgreeOnEveryTokenOfTheSeed() throws IOException {
        String seed;
        try (InputStream in = UrduNerLabelsTest.class.getResourceAsStream("/seed-ur.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the seed with Arabic-keyboard letters, diacritics and tatweel, so normalization has work to do
        String varied = seed.replace('ی', 'ي').replace('ک', 'ك').replace("ہ", "ـه");
        int tokens = 0;
        for (String text : List.of(seed, varied)) {
            for (Sentence s : UrduSentenceSplitter.standard().split(text)) {
                List<String> raw = s.tokens().stream().map(Token::text).toList();
                assertThat(UrduNerLabels.tokenFeatureForms(s.tokens())).isEqualTo(UrduNerLabels.featureForms(raw));
                tokens += raw.size();
            }
        }
        assertThat(tokens).isGreaterThan(500);
    }
}
