package khabar.core.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import khabar.core.config.BundledDefaults;
import khabar.core.urdu.ner.UrduBiasedCrf;
import khabar.core.urdu.ner.UrduNerLabels;
import khabar.core.urdu.ner.UrduNerRules;

/**
 * What the analyzers need to know; also the key of the per-JVM analyzer cache ({@link Analyzers}). Read from
 * the {@code khabar.nlp} block of the configuration by {@link NlpConfig}.
 *
 * @param english            English CoreNLP pipeline: models and switches
 * @param corenlpLanguages   other languages analysed with CoreNLP's own models when their jar is on the
 *                           class path ({@link CoreNlpLanguage}: de, es, fr, zh, ar); others get tokens and
 *                           sentences only
 * @param maxSectionChars    a title or body longer than this is analysed only up to this length
 * @param maxSentenceTokens  sentences longer than this are split by the tokenizer's sentence splitter
 * @param urduNerRulesOff    rules of the Urdu NER switched off ({@link UrduNerRules}; ablations), none by default
 * @param urduNerClassBias   the Urdu CRF's decoding bias ({@link UrduBiasedCrf#parse}) in place of the model
 *                           recipe's; {@code ""} (the default): the recipe's, {@code none}: no bias
 */
public record NlpSettings(EnglishNerOptions english, List<String> corenlpLanguages, int maxSectionChars,
                          int maxSentenceTokens, Set<String> urduNerRulesOff, String urduNerClassBias)
        implements java.io.Serializable {

    private static final class Defaults {
        static final NlpSettings INSTANCE = NlpConfig.settings(BundledDefaults.khabar());
    }

    public NlpSettings {
        Objects.requireNonNull(english, "english");
        corenlpLanguages = List.copyOf(corenlpLanguages);
        for (String l : corenlpLanguages) {
            CoreNlpLanguage.of(l);
        }
        if (maxSectionChars <= 0 || maxSentenceTokens <= 0) {
            throw new IllegalArgumentException("maxSectionChars and maxSentenceTokens must be positive");
        }
        urduNerRulesOff = UrduNerRules.checked(urduNerRulesOff);
        urduNerClassBias = urduNerClassBias == null ? "" : urduNerClassBias.strip();
        UrduBiasedCrf.parse(urduNerClassBias, UrduNerLabels.ALL);
    }

    /** The defaults: the {@code khabar.nlp} block of conf/khabar.conf (their one source), as the core jar carries it. */
    public static NlpSettings defaults() {
        return Defaults.INSTANCE;
    }

    /** These settings with other English options. */
    public NlpSettings withEnglish(EnglishNerOptions options) {
        return new NlpSettings(options, corenlpLanguages, maxSectionChars, maxSentenceTokens, urduNerRulesOff, urduNerClassBias);
    }

    /** These settings with other CoreNLP languages. */
    public NlpSettings withCorenlpLanguages(List<String> languages) {
        return new NlpSettings(english, languages, maxSectionChars, maxSentenceTokens, urduNerRulesOff, urduNerClassBias);
    }

    /** These settings with other Urdu NER rules switched off. */
    public NlpSettings withUrduNerRulesOff(Set<String> rules) {
        return new NlpSettings(english, corenlpLanguages, maxSectionChars, maxSentenceTokens, rules, urduNerClassBias);
    }
}
