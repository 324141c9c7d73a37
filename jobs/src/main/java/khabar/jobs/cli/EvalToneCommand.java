package khabar.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.core.lang.Analyzers;
import khabar.core.reading.ReadingLexicons;
import khabar.core.reading.ToneCounts;
import khabar.core.reading.eval.LabelScores;
import khabar.core.reading.eval.LabelledLines;
import khabar.core.reading.eval.ToneEvaluation;
import khabar.jobs.config.KhabarConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar eval-tone}: the tone lexicons of a language over a gold file of labelled sentences. */
@Command(name = "eval-tone", mixinStandardHelpOptions = true,
        description = "Label each text of a gold file positive, negative or neutral with khabar's tone lexicons (more "
                + "positive than negative words: positive; fewer: negative; else neutral) and print accuracy and "
                + "precision, recall and F1 per label (docs/themes-tone.md).")
final class EvalToneCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur|en", description = "language of the gold file")
    String lang;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "label<TAB>text lines, label one of positive, negative, neutral; one sentence or article a line")
    Path gold;

    @Option(names = "--errors", description = "also print each wrong item with its counts (for dev sets only: never "
            + "read the errors of a set whose score you report)")
    boolean errors;

    @Option(names = "--json", description = "end with one JSON line of the scores")
    boolean json;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("--gold " + gold + " does not exist");
        }
        ReadingLexicons lexicons = ReadingLexicons.forLanguage(lang).orElseThrow(() -> new IllegalArgumentException(
                "--lang " + lang + ": khabar has no tone lexicon for it (core/src/main/resources/khabar/reading/)"));
        KhabarConfig config = configOptions.load(Map.of());
        List<LabelledLines.Item> items = LabelledLines.read(gold, ToneEvaluation.LABELS);
        ToneEvaluation evaluation = new ToneEvaluation(Analyzers.forLanguage(lang, config.nlp()), lexicons);
        if (!items.isEmpty()) {
            evaluation.counts(items.get(0).text()); // loads the models, so that items_per_second is the steady speed
        }
        LabelScores scores = evaluation.evaluate(items);
        if (errors) {
            for (LabelledLines.Item item : items) {
                ToneCounts c = evaluation.counts(item.text());
                if (!c.label().equals(item.label())) {
                    System.out.printf("gold %s, got %s (+%d -%d): %s%n", item.label(), c.label(), c.positive(),
                            c.negative(), item.text());
                }
            }
        }
        System.out.print(scores.toTable());
        if (json) {
            System.out.println(scores.toJson());
        }
        return 0;
    }
}
