package khabar.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotedSpansTest {
    private static List<String> spans(String text) {
        return QuotedSpans.find(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void pairsEveryKindOfMark() {
        assertThat(spans("انہوں نے کہا: \"ہم تیار ہیں\"۔ پھر «دوسرا جملہ» اور “تیسرا” اور 'چوتھا'"))
                .containsExactly("ہم تیار ہیں", "دوسرا جملہ", "تیسرا", "چوتھا");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(spans("Khan's party and the PM’s aide don't agree, 'we never did' he said")).containsExactly("we never did");
    }

    @Test
    void anUnclosedMarkOpensNothing() {
        assertThat(spans("He said “we will go and never came back.")).isEmpty();
    }
}
