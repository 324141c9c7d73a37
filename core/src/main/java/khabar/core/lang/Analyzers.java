package khabar.core.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import khabar.core.nlp.CoreNlpAnalyzers;
import khabar.core.nlp.LinkingAnalyzer;
import khabar.core.nlp.NlpSettings;
import khabar.core.text.TextAnalyzer;

/**
 * The analyzers of this JVM, built lazily on first use and kept, keyed by settings and language. This
 * is the one place heavy models are loaded: an executor loads each model once, whatever the number of
 * tasks, partitions or records it processes. A language's analyzer comes from its {@link LanguageRegistry}
 * entry; other languages get {@link CoreNlpAnalyzers}'.
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
     * Which NER each language gets with these settings, for the job to log at start: every registry entry
     * and every enabled CoreNLP language, e.g. {@code de → none: edu.stanford.nlp:stanford-corenlp:4.5.10:models-german
     * is not on the class path}. Languages not listed get tokens and sentences only.
     */
    public static Map<String, String> nerCoverage(NlpSettings settings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (LanguageSupport l : LanguageRegistry.all()) {
            out.put(l.code(), l.nerCoverage(settings));
        }
        out.putAll(CoreNlpAnalyzers.nerCoverage(settings));
        return out;
    }

    /**
     * A new analyzer for {@code language} without entity linking (the bare CoreNLP or Urdu analyzer), not
     * cached: for benchmarks that measure the NLP step alone.
     */
    public static TextAnalyzer unlinked(String language, NlpSettings settings) {
        return LanguageRegistry.find(language).map(l -> l.analyzer(settings))
                .orElseGet(() -> CoreNlpAnalyzers.forLanguage(language, settings));
    }

    private static TextAnalyzer build(String language, NlpSettings settings) {
        return LanguageRegistry.find(language)
                .map(l -> new LinkingAnalyzer(l.analyzer(settings), l.linkerAddsPlaces(), l.placeWords(), l.placeCues()))
                .orElseGet(() -> new LinkingAnalyzer(CoreNlpAnalyzers.forLanguage(language, settings), false,
                        LanguageRegistry.allPlaceWords(), LanguageRegistry.allPlaceCues()));
    }
}
