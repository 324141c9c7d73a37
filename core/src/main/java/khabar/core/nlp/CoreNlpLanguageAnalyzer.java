package khabar.core.nlp;

import java.util.Properties;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import khabar.core.text.Analysis;
import khabar.core.text.TextAnalyzer;

/**
 * German, Spanish, French or Chinese through CoreNLP, with the tokenizer settings and NER model of the
 * language's model jar, and the same speed choices as English: {@code tokenize,ssplit,ner}, no POS, no
 * multi-word-token expansion (French {@code du} stays one token: token text is never rewritten), no
 * SUTime, numeric or fine-grained steps. Thread-safe.
 */
final class CoreNlpLanguageAnalyzer implements TextAnalyzer {
    private final CoreNlpLanguage language;
    private final StanfordCoreNLP pipeline;
    private final String extractor;

    CoreNlpLanguageAnalyzer(CoreNlpLanguage language, Properties jarProperties, String nerModel, NlpSettings settings) {
        this.language = language;
        Properties p = new Properties();
        p.putAll(jarProperties);
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ssplit.maxSentenceLength", Integer.toString(settings.maxSentenceTokens()));
        p.setProperty("ner.model", nerModel);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        this.pipeline = new StanfordCoreNLP(p, false);
        this.extractor = "corenlp-" + nerModel.substring(nerModel.lastIndexOf('/') + 1).replace(".crf.ser.gz", "");
    }

    @Override
    public String language() {
        return language.code();
    }

    @Override
    public Analysis analyze(String text) {
        return CoreNlpDocuments.analyze(pipeline, text, true, extractor);
    }
}
