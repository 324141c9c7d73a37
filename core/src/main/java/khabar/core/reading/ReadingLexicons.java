package khabar.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import khabar.core.lang.LanguageRegistry;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

/**
 * How an article reads in one language: its GKG-style themes ({@link ThemeLexicon}) and its tone
 * ({@link ToneLexicon}), from the data files {@code khabar/reading/themes-<code>.tsv} and
 * {@code khabar/reading/tone-<code>.tsv} (docs/themes-tone.md). Both work on the tokens the analysis already
 * made: one lexicon key per token ({@link khabar.core.lang.LanguageSupport#lexiconKey} of its normalized form),
 * then one trie walk per token. Loaded once per JVM and language, immutable, thread-safe.
 */
public final class ReadingLexicons {
    private static final Map<String, Optional<ReadingLexicons>> CACHE = new ConcurrentHashMap<>();

    private final UnaryOperator<String> key;
    private final ThemeLexicon themes;
    private final ToneLexicon tone;

    private ReadingLexicons(UnaryOperator<String> key, ThemeLexicon themes, ToneLexicon tone) {
        this.key = key;
        this.themes = themes;
        this.tone = tone;
    }

    /** The lexicons of {@code language}, or empty when it has none (no themes, null tone). */
    public static Optional<ReadingLexicons> forLanguage(String language) {
        return language == null ? Optional.empty() : CACHE.computeIfAbsent(language, ReadingLexicons::load);
    }

    private static Optional<ReadingLexicons> load(String language) {
        String themeFile = "themes-" + language + ".tsv";
        String toneFile = "tone-" + language + ".tsv";
        if (!LexiconTsv.exists(themeFile) || !LexiconTsv.exists(toneFile)) {
            return Optional.empty();
        }
        UnaryOperator<String> key = LanguageRegistry.find(language).<UnaryOperator<String>>map(l -> l::lexiconKey)
                .orElse(w -> w.toLowerCase(java.util.Locale.ROOT));
        return Optional.of(new ReadingLexicons(key, ThemeLexicon.load(themeFile, key), ToneLexicon.load(toneFile, key)));
    }

    public ThemeLexicon themes() {
        return themes;
    }

    public ToneLexicon tone() {
        return tone;
    }

    /** The lexicon key of each token of a sentence. */
    public List<String> keys(Sentence sentence) {
        List<String> out = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            out.add(key.apply(t.normalized()));
        }
        return out;
    }

    /** The lexicon key of a written word or phrase's words (split on whitespace), for tests and tools. */
    public List<String> keys(String words) {
        List<String> out = new ArrayList<>();
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(key.apply(w));
            }
        }
        return out;
    }

    /** Whether a token is a word (has a letter or digit): what tone counts. */
    public static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
