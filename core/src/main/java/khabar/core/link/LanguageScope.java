package khabar.core.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which names may match in a text of one language: first the names of that language, then those of
 * its near languages (same script and shared names: Urdu, Persian, Arabic) and English, and, when
 * {@code anyLanguage}, any other language's names as a last resort.
 *
 * @param primary     ISO 639 code of the text's language, null when unknown
 * @param near        languages tried after the primary one
 * @param anyLanguage whether names of every other language may match too
 */
record LanguageScope(String primary, List<String> near, boolean anyLanguage) {
    private static final Map<String, List<String>> NEAR = Map.of(
            "ur", List.of("fa", "ar", "en"),
            "fa", List.of("ur", "ar", "en"),
            "ar", List.of("ur", "fa", "en"),
            "ps", List.of("fa", "ur", "ar", "en"),
            "sd", List.of("ur", "ar", "en"),
            "pa", List.of("ur", "hi", "en"),
            "ks", List.of("ur", "en"),
            "hi", List.of("ur", "en"));

    LanguageScope {
        near = List.copyOf(near);
    }

    /**
     * The scope for a text in {@code language} (ISO 639-1, or a tag such as {@code ur-PK}); null, empty
     * and {@code und} mean unknown, which allows every language.
     */
    static LanguageScope of(String language, boolean anyLanguage) {
        return ofBase(base(language), anyLanguage);
    }

    /** {@link #of} for a language that is a base code already. */
    static LanguageScope ofBase(String lang, boolean anyLanguage) {
        if (lang == null) {
            return new LanguageScope(null, List.of(), true);
        }
        List<String> near = NEAR.getOrDefault(lang, lang.equals("en") ? List.of() : List.of("en"));
        return new LanguageScope(lang, near, anyLanguage);
    }

    /** The lower-case ISO 639 part of a language tag, or null for null, empty and {@code und}. */
    static String base(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        if (cut >= 0) {
            l = l.substring(0, cut);
        }
        return l.isEmpty() || l.equals("und") ? null : l;
    }
}
