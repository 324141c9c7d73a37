package khabar.core.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import khabar.core.text.TextAnalyzer;

/**
 * Analyzers of the languages without a registry entry: CoreNLP's own models for those listed in
 * {@code khabar.nlp.corenlp-languages} (when their model jar is on the class path), else tokens and
 * sentences only.
 */
public final class CoreNlpAnalyzers {
    private static final System.Logger LOG = System.getLogger(CoreNlpAnalyzers.class.getName());

    private CoreNlpAnalyzers() {
    }

    /** A new analyzer for {@code language} (ISO 639-1), without entity linking. */
    public static TextAnalyzer forLanguage(String language, NlpSettings settings) {
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

    /**
     * Which NER each enabled CoreNLP language gets, e.g. {@code de → none: edu.stanford.nlp:stanford-corenlp:4.5.10:models-german
     * is not on the class path}.
     */
    public static Map<String, String> nerCoverage(NlpSettings settings) {
        Map<String, String> out = new LinkedHashMap<>();
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
}
