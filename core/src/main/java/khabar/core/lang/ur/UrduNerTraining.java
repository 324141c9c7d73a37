package khabar.core.lang.ur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import khabar.core.lang.NerTraining;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.urdu.ner.UrduGazetteers;
import khabar.core.urdu.ner.UrduNer;
import khabar.core.urdu.ner.UrduNerCrossValidation;
import khabar.core.urdu.ner.UrduNerTrainer;

/** The Urdu CRF's training ({@link UrduNerTrainer}) and cross-validation ({@link UrduNerCrossValidation}). */
final class UrduNerTraining implements NerTraining {
    @Override
    public PretokenizedTagger train(List<GoldSentence> sentences, Properties flags, Path out) throws IOException {
        UrduNerTrainer trainer = new UrduNerTrainer(flags);
        return UrduNer.of(trainer.trainCrf(sentences, out), UrduGazetteers.load(), trainer.classBias());
    }

    @Override
    public String crossValidate(List<GoldSentence> sentences, int folds, Properties flags, int threads,
                                long timeoutMinutes, List<Set<String>> ablations, List<String> classBiases) {
        return new UrduNerCrossValidation(new UrduNerTrainer(flags), threads, timeoutMinutes, ablations, classBiases)
                .run(sentences, folds).toText();
    }
}
