package khabar.core.nlp;

import static khabar.core.config.ConfigReads.flag;
import static khabar.core.config.ConfigReads.get;
import static khabar.core.config.ConfigReads.intAtLeast;
import static khabar.core.config.ConfigReads.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.typesafe.config.Config;
import khabar.core.config.ConfigProblem;
import khabar.core.urdu.ner.UrduBiasedCrf;
import khabar.core.urdu.ner.UrduNerLabels;
import khabar.core.urdu.ner.UrduNerRules;

/**
 * Reads and checks the {@code khabar.nlp} keys that make the {@link NlpSettings}: English CoreNLP options, other
 * CoreNLP languages, the section and sentence limits, the Urdu NER rules switched off. The one reader of
 * these keys, for the job's configuration and for {@link NlpSettings#defaults()} alike.
 */
public final class NlpConfig {
    private static final String MODELS = "nlp.english.ner-models";
    private static final String LANGUAGES = "nlp.corenlp-languages";
    private static final String URDU_RULES_OFF = "nlp.urdu.ner-rules-off";
    private static final String URDU_CLASS_BIAS = "nlp.urdu.ner-class-bias";

    /** The keys read here, relative to the {@code khabar} block. */
    public static final Set<String> KEYS = Set.of(MODELS, "nlp.english.pos-lemma", "nlp.english.sutime",
            "nlp.english.numeric-classifiers", "nlp.english.fine-grained", LANGUAGES, "nlp.max-section-chars",
            "nlp.max-sentence-tokens", URDU_RULES_OFF, URDU_CLASS_BIAS);

    private NlpConfig() {
    }

    /** The settings of the {@code khabar} block {@code c}; errors name the key and the fix. */
    public static NlpSettings settings(Config c) {
        return new NlpSettings(english(c), corenlpLanguages(c), intAtLeast(c, "nlp.max-section-chars", 1000),
                intAtLeast(c, "nlp.max-sentence-tokens", 10), urduRulesOff(c), urduClassBias(c));
    }

    /** {@code khabar.nlp.english.*}: models that exist on the class path, and the four switches. */
    static EnglishNerOptions english(Config c) {
        List<String> models = get(c, MODELS, () -> c.getStringList(MODELS));
        for (String m : models) {
            if (m.isBlank() || NlpConfig.class.getClassLoader().getResource(m) == null) {
                throw new ConfigProblem("khabar." + MODELS, "names '" + m + "', which is not on the class path: use "
                        + EnglishNerOptions.CONLL_4CLASS + ", " + EnglishNerOptions.ALL_3CLASS + " or "
                        + EnglishNerOptions.MUC_7CLASS + " (stanford-corenlp models jar), or [] for no English NER",
                        origin(c, MODELS));
            }
        }
        if (models.size() != models.stream().distinct().count()) {
            throw new ConfigProblem("khabar." + MODELS, "lists a model twice: " + models, origin(c, MODELS));
        }
        boolean pos = flag(c, "nlp.english.pos-lemma");
        boolean sutime = flag(c, "nlp.english.sutime");
        boolean numeric = flag(c, "nlp.english.numeric-classifiers");
        boolean fine = flag(c, "nlp.english.fine-grained");
        for (String k : List.of("nlp.english.sutime", "nlp.english.numeric-classifiers", "nlp.english.fine-grained")) {
            if (c.getBoolean(k) && !pos) {
                throw new ConfigProblem("khabar." + k, "needs POS tags: set khabar.nlp.english.pos-lemma = true too "
                        + "(see docs/english-ner.md for what it costs)", origin(c, k));
            }
        }
        return new EnglishNerOptions(models, pos, sutime, numeric, fine);
    }

    /** {@code khabar.nlp.corenlp-languages}: codes among de, es, fr, zh, ar, each once. */
    static List<String> corenlpLanguages(Config c) {
        List<String> out = new ArrayList<>();
        for (String code : get(c, LANGUAGES, () -> c.getStringList(LANGUAGES))) {
            try {
                String l = CoreNlpLanguage.of(code).code();
                if (!out.contains(l)) {
                    out.add(l);
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigProblem("khabar." + LANGUAGES, e.getMessage(), origin(c, LANGUAGES));
            }
        }
        return out;
    }

    /** {@code khabar.nlp.urdu.ner-class-bias}: blank, {@code none}, or {@code LABEL:weight,…} with the model's labels. */
    static String urduClassBias(Config c) {
        String spec = get(c, URDU_CLASS_BIAS, () -> c.getString(URDU_CLASS_BIAS)).strip();
        try {
            UrduBiasedCrf.parse(spec, UrduNerLabels.ALL);
            return spec;
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem("khabar." + URDU_CLASS_BIAS, e.getMessage(), origin(c, URDU_CLASS_BIAS));
        }
    }

    /** {@code khabar.nlp.urdu.ner-rules-off}: names among {@link UrduNerRules#ALL}. */
    static Set<String> urduRulesOff(Config c) {
        Set<String> off = new TreeSet<>(get(c, URDU_RULES_OFF, () -> c.getStringList(URDU_RULES_OFF)));
        try {
            return UrduNerRules.checked(off);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem("khabar." + URDU_RULES_OFF, e.getMessage(), origin(c, URDU_RULES_OFF));
        }
    }
}
