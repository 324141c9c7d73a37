package khabar.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The lexicon pattern syntax and the phrase matcher behind all event lexicons. */
class EventPatternSyntaxTest {
    private static final UnaryOperator<String> LOWER = s -> s.toLowerCase(java.util.Locale.ROOT);

    @Test
    void bracesExpandToEveryAlternativeIncludingMultiWordOnes() {
        assertThat(PatternSyntax.expand("{راکٹ,مارٹر گولے} داغے", false, s -> s)).containsExactly(
                List.of("راکٹ", "داغے"), List.of("مارٹر", "گولے", "داغے"));
    }

    @Test
    void plusGivesRegularEnglishForms() {
        assertThat(PatternSyntax.inflections("attack")).containsExactly("attack", "attacks", "attacked", "attacking");
        assertThat(PatternSyntax.inflections("accuse")).containsExactly("accuse", "accuses", "accused", "accusing");
        assertThat(PatternSyntax.inflections("occupy")).containsExactly("occupy", "occupies", "occupied", "occupying");
        assertThat(PatternSyntax.inflections("deploy")).containsExactly("deploy", "deploys", "deployed", "deploying");
        assertThat(PatternSyntax.inflections("agree")).containsExactly("agree", "agrees", "agreed", "agreeing");
        assertThat(PatternSyntax.inflections("clash")).contains("clashes");
    }

    @Test
    void gapsSpanUpToFourWordsButNoPunctuation() {
        PhraseMatcher.Builder<String> b = new PhraseMatcher.Builder<>((x, y) -> x);
        PatternSyntax.expand("fire+ * rockets", true, LOWER).forEach(t -> b.add(t, "194"));
        PhraseMatcher<String> m = b.build();

        assertThat(find(m, "militants fired three rockets")).containsExactly("194@1-4");
        assertThat(find(m, "they fired at the base two rockets")).containsExactly("194@1-7");
        assertThat(find(m, "they fired , then rockets")).isEmpty();
        assertThat(find(m, "fired a b c d e rockets")).isEmpty();
    }

    @Test
    void longestPhraseWinsAndMatchesDoNotOverlap() {
        PhraseMatcher.Builder<String> b = new PhraseMatcher.Builder<>((x, y) -> x);
        b.add(List.of("drone"), "195").add(List.of("drone", "attack"), "195b").add(List.of("attack"), "190");

        assertThat(find(b.build(), "a drone attack and an attack")).containsExactly("195b@1-3", "190@5-6");
    }

    @Test
    void malformedPatternsAreRejected() {
        assertThatThrownBy(() -> PatternSyntax.expand("{a,b", false, s -> s)).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> PatternSyntax.expand("* a", false, s -> s)).hasMessageContaining("gap");
        assertThatThrownBy(() -> PatternSyntax.expand("{a,}", false, s -> s)).hasMessageContaining("empty");
    }

    @Test
    void lexiconErrorsNameTheFileAndLine() {
        assertThatThrownBy(() -> TriggerLexicon.load("test-bad-triggers.tsv", CameoCodebook.shared(), true, LOWER))
                .hasMessageContaining("test-bad-triggers.tsv:3").hasMessageContaining("999");
    }

    private static List<String> find(PhraseMatcher<String> m, String sentence) {
        String[] keys = sentence.split(" ");
        boolean[] word = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            word[i] = Character.isLetterOrDigit(keys[i].charAt(0));
        }
        return m.findAll(keys, word).stream().map(x -> x.value() + "@" + x.begin() + "-" + x.end()).toList();
    }
}
