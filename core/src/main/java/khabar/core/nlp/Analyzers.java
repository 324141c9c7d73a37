package khabar.core.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
    private static final System.Logger LOG = System.getLogger(Analyzers.class.getName());

    private Analyzers() {
    }

    /** The analyzer for {@code language} (ISO 639-1; anything unknown gets tokens and sentences only). */
    public static TextAnalyzer forLanguage(String language, NlpSettings settings) {
        return CACHE.computeIfAbsent(new Key(settings, language), k -> build(k.language(), k.settings()));
    }

    /**
     * Which NER each language gets with these settings, for the job to log at start: English, Urdu and
     * every enabled CoreNLP language, e.g. {@code de → none: edu.stanford.nlp:stanford-corenlp:4.5.10:models-german
     * is not on the class path}. Languages not listed get tokens and sentences only.
     */
    public static Map<String, String> nerCoverage(NlpSettings settings) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("en", settings.english().ner() ? settings.english().extractor() : "none: khabar.nlp.english.ner-models is empty");
        out.put("ur", "ur-crf" + (settings.urduNerRulesOff().isEmpty() ? ""
                : " (rules off: " + String.join(",", new java.util.TreeSet<>(settings.urduNerRulesOff())) + ")"));
        for (String code : settings.corenlpLanguages()) {
            CoreNlpLanguage l = CoreNlpLanguage.of(code);
            out.put(l.code(), l.nerModel().map(m -> "corenlp " + m).orElseGet(() -> "none: " + missing(l)));
        }
        return out;
    }

    private static String missing(CoreNlpLanguage l) {
        return l.pipelineProperties().isEmpty()
                ? l.artifact() + " is not on the class path (tokens and sentences only)"
                : l.artifact() + " names no NER model it carries (tokens and sentences only)";
    }

    /**
     * A new analyzer for {@code language} without entity linking (the bare CoreNLP or Urdu analyzer), not
     * cached: for benchmarks that measure the NLP step alone.
     */
    public static TextAnalyzer unlinked(String language, NlpSettings settings) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer(settings);
            case "ur" -> new UrduAnalyzer(settings);
            default -> other(language, settings);
        };
    }

    private static TextAnalyzer build(String language, NlpSettings settings) {
        return switch (language) {
            case "en" -> new LinkingAnalyzer(new EnglishAnalyzer(settings), false);
            case "ur" -> new LinkingAnalyzer(new UrduAnalyzer(settings), true);
            default -> new LinkingAnalyzer(other(language, settings), false);
        };
    }

    private static TextAnalyzer other(String language, NlpSettings settings) {
        if (!settings.corenlpLanguages().contains(language)) {
            return new BasicAnalyzer(language);
        }
        CoreNlpLanguage l = CoreNlpLanguage.of(language);
        Optional<String> model = l.nerModel();
        if (model.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "khabar: no NER for " + language + ": " + missing(l));
        }
        if (l == CoreNlpLanguage.ARABIC) {
            return new ArabicAnalyzer(model.orElse(null));
        }
        Optional<Properties> props = l.pipelineProperties();
        return model.isPresent() && props.isPresent()
                ? new CoreNlpLanguageAnalyzer(l, props.get(), model.get(), settings)
                : new BasicAnalyzer(language);
    }
}
