package khabar.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageScopeTest {
    @Test
    void urduTriesPersianArabicThenEnglishNames() {
        LanguageScope ur = LanguageScope.of("ur-PK", false);
        assertThat(ur.primary()).isEqualTo("ur");
        assertThat(ur.near()).containsExactly("fa", "ar", "en");
        assertThat(ur.anyLanguage()).isFalse();
    }

    @Test
    void aLanguageNotListedFallsBackToEnglishAndEnglishToNothing() {
        assertThat(LanguageScope.of("de", true).near()).containsExactly("en");
        assertThat(LanguageScope.of("en", false).near()).isEmpty();
        assertThat(LanguageScope.of("pa", false).near()).containsExactly("ur", "hi", "en");
    }

    @Test
    void anUnknownLanguageAllowsEveryLanguage() {
        for (String unknown : new String[] {null, "", "und", "  "}) {
            LanguageScope s = LanguageScope.of(unknown, false);
            assertThat(s.primary()).isNull();
            assertThat(s.anyLanguage()).isTrue();
        }
    }
}
