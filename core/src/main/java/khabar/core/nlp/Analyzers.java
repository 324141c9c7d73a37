package khabar.core.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import khabar.core.text.TextAnalyzer;

/**
 * The analyzers of this JVM, built lazily on first use and kept, keyed by settings and language. This
 * is the one place heavy models are loaded: an executor loads each model once, whatever the number of
 * tasks, partitions or records it processes.
 */
public final class Analyzers {
    private record Key(NlpSettings settings, String language) {
    }

    private static final Map<Key, TextAnalyzer> CACHE = new ConcurrentHashMap<>();

    private Analyzers() {
    }

    /** The analyzer for {@code language} (ISO 639-1; anything unknown gets tokens and sentences only). */
    public static TextAnalyzer forLanguage(String language, NlpSettings settings) {
        return CACHE.computeIfAbsent(new Key(settings, language), k -> build(k.language(), k.settings()));
    }

    /**
     * A new analyzer for {@code language} without entity linking (the bare CoreNLP or Urdu analyzer), not
     * cached: for benchmarks that measure the NLP step alone.
     */
    public static TextAnalyzer unlinked(String language, NlpSettings settings) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer(settings);
            case "ur" -> new UrduAnalyzer(settings);
            default -> new BasicAnalyzer(language);
        };
    }

    private static TextAnalyzer build(String language, NlpSettings settings) {
        return switch (language) {
            case "en" -> new LinkingAnalyzer(new EnglishAnalyzer(settings), false);
            case "ur" -> new LinkingAnalyzer(new UrduAnalyzer(settings), true);
            default -> new LinkingAnalyzer(new BasicAnalyzer(language), false);
        };
    }
}
