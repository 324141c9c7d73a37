package khabar.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.NerTraining;
import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.PretokenizedTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar train-ner}: trains the NER of a language that khabar trains (its registry entry's
 * {@code nerTraining}: the Urdu CRF) with the committed flags (reproduces the shipped model:
 * docs/urdu-ner.md gives the exact command).
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train khabar's Urdu NER CRF on one or more training files, optionally score it on a dev "
                + "file, write the model.")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur", description = "language (only ur is trained by khabar)")
    String lang;

    @Option(names = "--train", required = true, paramLabel = "FILE",
            description = "training file (token<TAB>BIO tag); repeat to train on several (e.g. IL-NER train and dev)")
    List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "a dev file to score the new model on (optional)")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where to write the gzipped model")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "a training flag that replaces the committed one")
    Map<String, String> flags = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        NerTraining training = LanguageRegistry.get(lang).nerTraining().orElseThrow(() -> new IllegalArgumentException(
                "--lang: khabar trains NER for " + String.join(", ", LanguageRegistry.trainedNerCodes()) + " only; "
                        + lang + " uses pre-trained models"));
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder: give the model's file name");
        }
        List<GoldSentence> sentences = new ArrayList<>();
        for (Path p : train) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("--train " + p + " does not exist");
            }
            sentences.addAll(GoldReader.read(p, GoldFormat.BIO));
        }
        if (dev != null && !Files.isRegularFile(dev)) {
            throw new IllegalArgumentException("--dev " + dev + " does not exist");
        }
        // made now, so that a new folder exists and a bad one fails before training, not when the model is written
        Files.createDirectories(out.toAbsolutePath().getParent());
        Properties overrides = new Properties();
        overrides.putAll(flags);
        long start = System.nanoTime();
        PretokenizedTagger tagger = training.train(sentences, overrides, out);
        System.out.printf("trained on the %d sentences of --train and what the recipe adds (hand labels, self-training) "
                + "in %.0f s, model %s (%d bytes)%n", sentences.size(),
                (System.nanoTime() - start) / 1e9, out, Files.size(out));
        if (dev != null) {
            System.out.println("dev scores:");
            System.out.println(NerEvaluator.forDefaultTypes()
                    .evaluate(GoldReader.read(dev, GoldFormat.BIO), tagger).toTable());
        }
        return 0;
    }
}
