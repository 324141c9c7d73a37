package khabar.core.nlp;

import java.util.List;
import java.util.Properties;

/**
 * How English is analysed by CoreNLP: which CRF models, and which of CoreNLP's slower parts run. The
 * defaults are the fastest configuration, which is also the most accurate on PER/LOC/ORG of khabar's
 * English gold set (measured in docs/english-ner.md): {@code tokenize,ssplit,ner} with the 3-class model
 * ({@code english.all.3class.distsim}) only.
 *
 * @param models             CoreNLP NER model resources, combined in order ({@code ner.combinationMode=NORMAL}:
 *                           a later model only adds tag types the earlier ones lack); empty: no English NER
 * @param posAndLemma        run the POS tagger and lemmatizer before NER (required by SUTime, numeric
 *                           classifiers and fine-grained NER to work as CoreNLP intends)
 * @param sutime             {@code ner.useSUTime}: DATE, TIME, DURATION, SET from SUTime
 * @param numericClassifiers {@code ner.applyNumericClassifiers}: NUMBER, MONEY, PERCENT, ORDINAL
 * @param fineGrained        {@code ner.applyFineGrained}: KBP regexner (CITY, COUNTRY, TITLE, NATIONALITY, …)
 */
public record EnglishNerOptions(List<String> models, boolean posAndLemma, boolean sutime,
                                boolean numericClassifiers, boolean fineGrained) implements java.io.Serializable {
    private static final String DIR = "edu/stanford/nlp/models/ner/";
    public static final String CONLL_4CLASS = DIR + "english.conll.4class.distsim.crf.ser.gz";
    public static final String ALL_3CLASS = DIR + "english.all.3class.distsim.crf.ser.gz";
    public static final String MUC_7CLASS = DIR + "english.muc.7class.distsim.crf.ser.gz";

    public EnglishNerOptions {
        models = List.copyOf(models);
    }

    /** The defaults of conf/khabar.conf (the 3-class model only, no POS, lemmas, SUTime, numeric classifiers or fine-grained NER). */
    public static EnglishNerOptions defaults() {
        return NlpSettings.defaults().english();
    }

    /** Whether any NER runs. */
    public boolean ner() {
        return !models.isEmpty();
    }

    /** The extractor name of the mentions: {@code corenlp-} and the short model names, e.g. {@code corenlp-all.3class.distsim}. */
    public String extractor() {
        return "corenlp-" + models.stream()
                .map(m -> m.substring(m.lastIndexOf('/') + 1).replace(".crf.ser.gz", "").replace("english.", ""))
                .reduce((a, b) -> a + "+" + b).orElse("none");
    }

    /** The CoreNLP pipeline properties, the one place they are decided. */
    Properties pipelineProperties(int maxSentenceTokens) {
        Properties p = new Properties();
        String annotators = "tokenize,ssplit" + (posAndLemma ? ",pos,lemma" : "") + (ner() ? ",ner" : "");
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ssplit.maxSentenceLength", Integer.toString(maxSentenceTokens));
        p.setProperty("ner.model", String.join(",", models));
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(numericClassifiers));
        p.setProperty("ner.useSUTime", Boolean.toString(sutime));
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }
}
