package khabar.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import khabar.core.text.Token;
import org.junit.jupiter.api.Test;

/** {@link EntityLinker#contextRulesOut}: the context guards applied to a mention NER already typed. */
class LinkerContextTest {
    private final EntityLinker linker = EntityLinker.shared();

    @Test
    void theWordsAroundAMentionCanSayItIsNotThePlace() {
        List<Token> evening = TestTokens.tokenize("آج شام وزیر اعظم خطاب کریں گے۔");
        assertThat(linker.contextRulesOut(evening, 1, 2, "ur")).isTrue();
        List<Token> restless = TestTokens.tokenize("وہ بے چین ہو گیا۔");
        assertThat(linker.contextRulesOut(restless, 2, 3, "ur")).isTrue();
    }

    @Test
    void thePlaceInAnOrdinaryContextIsNotRuledOut() {
        List<Token> syria = TestTokens.tokenize("شام کے شہر حلب میں حملہ ہوا۔");
        assertThat(linker.contextRulesOut(syria, 0, 1, "ur")).isFalse();
        List<Token> china = TestTokens.tokenize("بھارت اور چین کے درمیان مذاکرات ہوئے۔");
        assertThat(linker.contextRulesOut(china, 2, 3, "ur")).isFalse();
    }

    @Test
    void namesGuardedAlwaysInScansStayLinkableWhenNerTypedThem() {
        List<Token> mali = TestTokens.tokenize("مالی میں فوجی بغاوت ہوئی۔");
        assertThat(linker.contextRulesOut(mali, 0, 1, "ur")).isFalse();
    }
}
