package khabar.jobs.config;

import java.util.ArrayList;
import java.util.List;

import com.typesafe.config.Config;
import khabar.core.nlp.CoreNlpLanguage;
import khabar.core.nlp.EnglishNerOptions;

/** Reads and checks the {@code khabar.nlp} keys that choose models: English CoreNLP options and other CoreNLP languages. */
final class NlpConfig {
    private static final String MODELS = "nlp.english.ner-models";
    private static final String LANGUAGES = "nlp.corenlp-languages";

    private NlpConfig() {
    }

    /** {@code khabar.nlp.english.*}: models that exist on the class path, and the four switches. */
    static EnglishNerOptions english(Config c) {
        List<String> models = KhabarConfig.get(c, MODELS, () -> c.getStringList(MODELS));
        for (String m : models) {
            if (m.isBlank() || NlpConfig.class.getClassLoader().getResource(m) == null) {
                throw new ConfigProblem("khabar." + MODELS, "names '" + m + "', which is not on the class path: use "
                        + EnglishNerOptions.CONLL_4CLASS + ", " + EnglishNerOptions.ALL_3CLASS + " or "
                        + EnglishNerOptions.MUC_7CLASS + " (stanford-corenlp models jar), or [] for no English NER",
                        c.getValue(MODELS).origin().description());
            }
        }
        if (models.size() != models.stream().distinct().count()) {
            throw new ConfigProblem("khabar." + MODELS, "lists a model twice: " + models,
                    c.getValue(MODELS).origin().description());
        }
        boolean pos = flag(c, "nlp.english.pos-lemma");
        boolean sutime = flag(c, "nlp.english.sutime");
        boolean numeric = flag(c, "nlp.english.numeric-classifiers");
        boolean fine = flag(c, "nlp.english.fine-grained");
        for (String k : List.of("nlp.english.sutime", "nlp.english.numeric-classifiers", "nlp.english.fine-grained")) {
            if (c.getBoolean(k) && !pos) {
                throw new ConfigProblem("khabar." + k, "needs POS tags: set khabar.nlp.english.pos-lemma = true too "
                        + "(see docs/english-ner.md for what it costs)", c.getValue(k).origin().description());
            }
        }
        return new EnglishNerOptions(models, pos, sutime, numeric, fine);
    }

    /** {@code khabar.nlp.corenlp-languages}: codes among de, es, fr, zh, ar, each once. */
    static List<String> corenlpLanguages(Config c) {
        List<String> out = new ArrayList<>();
        for (String code : KhabarConfig.get(c, LANGUAGES, () -> c.getStringList(LANGUAGES))) {
            try {
                String l = CoreNlpLanguage.of(code).code();
                if (!out.contains(l)) {
                    out.add(l);
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigProblem("khabar." + LANGUAGES, e.getMessage(), c.getValue(LANGUAGES).origin().description());
            }
        }
        return out;
    }

    private static boolean flag(Config c, String key) {
        return KhabarConfig.get(c, key, () -> c.getBoolean(key));
    }
}
