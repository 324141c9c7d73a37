package khabar.core.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermTrieTest {
    private static TermTrie<String> trie() {
        TermTrie.Builder<String> b = new TermTrie.Builder<>();
        b.add(List.of("suicide", "bomber"), "TERRORISM");
        b.add(List.of("bomber"), "MILITARY");
        b.add(List.of("tear", "gas"), "PROTEST");
        b.add(List.of("gas"), "ENERGY");
        b.add(List.of("a", "b", "c", "d"), "LONG");
        return b.build();
    }

    @Test
    void takesTheLongestTermAtEachPositionThenGoesOnAfterIt() {
        List<TermTrie.Match<String>> found = trie().findAll(List.of("a", "suicide", "bomber", "and", "tear", "gas", "gas"));
        assertThat(found).extracting(TermTrie.Match::value).containsExactly("TERRORISM", "PROTEST", "ENERGY");
        assertThat(found.get(0)).isEqualTo(new TermTrie.Match<>(1, 3, "suicide bomber", "TERRORISM"));
        assertThat(found.get(2).begin()).isEqualTo(6);
    }

    @Test
    void matchesWholeTokensOnlyAndFallsBackToAShorterTermWhenTheLongerBreaksOff() {
        assertThat(trie().findAll(List.of("gasoline", "bombers"))).isEmpty();
        assertThat(trie().findAll(List.of("a", "b", "c", "bomber"))).extracting(TermTrie.Match::value).containsExactly("MILITARY");
    }

    @Test
    void keepsTheFirstValueOfATermAddedTwiceAndRejectsAnEmptyTerm() {
        TermTrie.Builder<String> b = new TermTrie.Builder<>();
        assertThat(b.add(List.of("x"), "one")).isTrue();
        assertThat(b.add(List.of("x"), "two")).isFalse();
        assertThat(b.build().findAll(List.of("x"))).extracting(TermTrie.Match::value).containsExactly("one");
        assertThatThrownBy(() -> b.add(List.of(), "z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scanVisitsAtMostDepthNodesPerToken() {
        // a text of one repeated prefix: each position walks depth-1 nodes and fails; the scan stays linear
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            text.add(i % 4 == 3 ? "x" : List.of("a", "b", "c").get(i % 4));
        }
        assertThat(trie().depth()).isEqualTo(4);
        assertThat(trie().findAll(text)).isEmpty();
    }
}
