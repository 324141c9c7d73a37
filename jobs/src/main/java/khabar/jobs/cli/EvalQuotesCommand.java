package khabar.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.core.quote.QuoteExtractor;
import khabar.core.quote.eval.GoldParagraph;
import khabar.core.quote.eval.QuoteEvaluation;
import khabar.core.quote.eval.QuoteScore;
import khabar.jobs.config.KhabarConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar eval-quotes}: the quotation rules over gold paragraphs (docs/quotes.md). */
@Command(name = "eval-quotes", mixinStandardHelpOptions = true,
        description = "Analyse gold paragraphs as the job does (tokens, sentences, NER, linking), extract their quotations "
                + "and print the share of gold quotations whose quote span and speaker are both right, with precision "
                + "and recall (docs/quotes.md says what counts as right).")
final class EvalQuotesCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur|en", description = "language of the gold paragraphs")
    String lang;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "gold JSONL file (core/src/test/resources/khabar/quotes/quotes-<lang>-dev.jsonl or -blind.jsonl); "
                    + "repeat it to pool files")
    List<Path> gold;

    @Option(names = "--errors", description = "also print each missed, wrong and extra quotation")
    boolean errors;

    @Option(names = "--json", description = "end with one JSON line of the scores")
    boolean json;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws IOException {
        if (!QuoteExtractor.supports(lang)) {
            throw new IllegalArgumentException("--lang " + lang + ": khabar has no quotation rules for it (ur, en)");
        }
        List<GoldParagraph> paragraphs = new ArrayList<>();
        for (Path file : gold) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--gold " + file + " does not exist");
            }
            for (GoldParagraph p : GoldParagraph.read(file)) {
                if (!p.language().equals(lang)) {
                    throw new IllegalArgumentException("--gold " + file + ": paragraph " + p.id() + " is in " + p.language()
                            + ", not " + lang);
                }
                paragraphs.add(p);
            }
        }
        KhabarConfig config = configOptions.load(Map.of());
        QuoteScore score = QuoteEvaluation.evaluate(lang, paragraphs, config.nlp());
        System.out.printf("%s: %d paragraphs%n%s", lang, paragraphs.size(), score.toText());
        if (errors) {
            score.errors().forEach(System.out::println);
        }
        if (json) {
            System.out.println(score.toJson());
        }
        return 0;
    }
}
