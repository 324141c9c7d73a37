package khabar.core.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which names may match in a text of one language: first the names of that language, then those of
 * its near languages (same script and shared names: Urdu, Persian, Arabic) and English, and, when
 * {@code anyLanguage}, any other language's names as a last resort. The near languages are data:
 * {@code khabar/link/near-languages.tsv}.
 *
 * @param primary     ISO 639 code of the text's language, null when unknown
 * @param near        languages tried after the primary one
 * @param anyLanguage whether names of every other language may match too
 */
record LanguageScope(String primary, List<String> near, boolean anyLanguage) {
    static final String RESOURCE = GazetteerLoader.DIR + "near-languages.tsv";
    private static final String ANY_OTHER = "*";
    private static final Map<String, List<String>> NEAR = readNear();

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
        List<String> near = NEAR.getOrDefault(lang, NEAR.get(ANY_OTHER)).stream().filter(l -> !l.equals(lang)).toList();
        return new LanguageScope(lang, near, anyLanguage);
    }

    private static Map<String, List<String>> readNear() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] f : GazetteerLoader.rows(RESOURCE, false)) {
            if (out.put(f[0], List.of(f[1].split("\\|"))) != null) {
                throw new IllegalStateException(RESOURCE + ": language " + f[0] + " is listed twice");
            }
        }
        if (!out.containsKey(ANY_OTHER)) {
            throw new IllegalStateException(RESOURCE + ": no row for " + ANY_OTHER + " (every other language)");
        }
        return Map.copyOf(out);
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
