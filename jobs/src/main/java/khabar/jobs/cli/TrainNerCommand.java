package khabar.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import khabar.core.ner.NerReport;
import khabar.core.urdu.ner.UrduNerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khabar train-ner}: trains the Urdu CRF with the committed feature set (reproduces the shipped model). */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train khabar's Urdu NER CRF on a training file, score it on a dev file, write the model.")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur", description = "language (only ur is trained by khabar)")
    String lang;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "training file (token<TAB>BIO tag)")
    Path train;

    @Option(names = "--dev", required = true, paramLabel = "FILE", description = "development file, for the scores printed")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where to write the gzipped model")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!"ur".equals(lang)) {
            throw new IllegalArgumentException("--lang: khabar trains NER for ur only; English uses CoreNLP's models");
        }
        for (Path p : new Path[] {train, dev}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + " does not exist");
            }
        }
        long start = System.nanoTime();
        NerReport dev = UrduNerTrainer.standard().train(train, this.dev, out);
        System.out.printf("trained in %.0f s, model %s (%d bytes)%n", (System.nanoTime() - start) / 1e9, out,
                Files.size(out));
        System.out.println("dev scores:");
        System.out.println(dev.toTable());
        return 0;
    }
}
