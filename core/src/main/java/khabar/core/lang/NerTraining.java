package khabar.core.lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import khabar.core.ner.GoldSentence;
import khabar.core.ner.PretokenizedTagger;

/** How khabar trains one language's NER model; see docs/urdu-ner.md for the Urdu one. */
public interface NerTraining {
    /**
     * Trains a model on {@code sentences} with the committed flags, {@code flags} replacing some, and writes it
     * to {@code out}.
     *
     * @return the full tagger with the new model
     */
    PretokenizedTagger train(List<GoldSentence> sentences, Properties flags, Path out) throws IOException;

    /**
     * K-fold cross-validation: trains on K-1 folds, scores the held-out one, pools the counts.
     *
     * @param ablations   sets of tagger rules also switched off when scoring each fold
     * @param classBiases decoding biases also scored on each fold's model (CoreNLP's {@code classBias} syntax)
     * @return the report as text
     */
    String crossValidate(List<GoldSentence> sentences, int folds, Properties flags, int threads, long timeoutMinutes,
                         List<Set<String>> ablations, List<String> classBiases);
}
