package khabar.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.LanguageSupport;
import khabar.core.lang.NerTraining;
import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.jobs.config.KhabarConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar eval-ner}: khabar's own NER over a gold file's tokens, scored CoNLL-style (exact spans). */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Run khabar's NER for a language over a gold file's tokens and print precision, recall and "
                + "F1 per type and micro-averaged (exact span match).")
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur|en",
            description = "language of the gold file: one of the registry's (docs/languages.md)")
    String lang;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "gold file, one sentence per blank-line block; repeat it to pool files (e.g. IL-NER "
                    + "train then dev for --cv, or the two halves of the blind set)")
    List<Path> gold;

    @Option(names = "--cv", paramLabel = "K",
            description = "for a language khabar trains (ur): K-fold cross-validation over the gold files (the same folds every "
                    + "time: blocks of 20 neighbouring sentences dealt round-robin): train a CRF on K-1 folds with the committed flags, score the full tagger on the "
                    + "held-out fold, pool the counts")
    Integer cv;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "with --cv: a CRF training flag that replaces the committed one (ablations)")
    Map<String, String> trainingFlags = new java.util.LinkedHashMap<>();

    @Option(names = "--ablate", paramLabel = "RULE,RULE",
            description = "with --cv: also score each fold's model with these rules of the Urdu tagger switched off "
                    + "(repeat for several ablations; names as in docs/urdu-ner.md)")
    List<String> ablations = new ArrayList<>();

    @Option(names = "--class-bias", paramLabel = "LABEL:W,LABEL:W",
            description = "decode the CRF (ur) with this bias of its labels instead of the recipe's (CoreNLP's classBias "
                    + "syntax, e.g. PERSON:0.5; 'none' for no bias; the setting khabar.nlp.urdu.ner-class-bias); with --cv: "
                    + "score each fold's model also with each bias given (repeat it)")
    List<String> classBiases = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
            description = "with --cv: folds trained at once (about 3.5 GB of heap each); default ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--timeout-minutes", defaultValue = "120", paramLabel = "M",
            description = "with --cv: give up after M minutes; default ${DEFAULT-VALUE}")
    long timeoutMinutes;

    @Option(names = "--format", defaultValue = "bio", paramLabel = "bio|conll2003",
            description = "bio: token<TAB>tag (B-/I- or IO tags); conll2003: token POS chunk tag; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--types", defaultValue = "PERSON,LOCATION,ORGANIZATION", split = ",", paramLabel = "T,T",
            description = "types to score (others are ignored on both sides); default ${DEFAULT-VALUE}")
    List<String> types;

    @Option(names = "--model", paramLabel = "FILE", description = "for a language khabar trains (ur): a model file instead of the shipped one")
    Path model;

    @Option(names = "--errors", description = "also print each missed and each spurious span with its sentence "
            + "(for dev sets only: never read the errors of a set whose score you report)")
    boolean errors;

    @Option(names = "--json", description = "end with one JSON line of the scores")
    boolean json;

    @Option(names = "--warmup-passes", defaultValue = "1", paramLabel = "N",
            description = "untimed passes over the gold before the scored, timed one, so that tokens_per_second is "
                    + "the steady speed of a long job rather than the JIT compiler's warm-up (0: a cold pass); "
                    + "default ${DEFAULT-VALUE}")
    int warmupPasses;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Override
    public Integer call() throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        for (Path file : gold) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--gold " + file + " does not exist");
            }
            sentences.addAll(GoldReader.read(file, GoldFormat.parse(format)));
        }
        if (cv != null) {
            return crossValidate(sentences);
        }
        PretokenizedTagger tagger = tagger();
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (GoldSentence s : sentences) {
                tagger.tag(s.tokens());
            }
        }
        NerReport report = new NerEvaluator(entityTypes()).evaluate(sentences, tagger);
        if (errors) {
            printErrors(sentences, tagger);
        }
        System.out.println(report.toTable());
        if (json) {
            System.out.println(report.toJson());
        }
        return 0;
    }

    private int crossValidate(List<GoldSentence> sentences) {
        NerTraining training = LanguageRegistry.get(lang).nerTraining().filter(t -> model == null)
                .orElseThrow(() -> new IllegalArgumentException("--cv trains models: use it with --lang "
                        + String.join("|", LanguageRegistry.trainedNerCodes()) + " and without --model"));
        java.util.Properties flags = new java.util.Properties();
        flags.putAll(trainingFlags);
        long start = System.nanoTime();
        System.out.print(training.crossValidate(sentences, cv, flags, threads, timeoutMinutes,
                ablations.stream().map(a -> java.util.Set.of(a.split(","))).toList(),
                classBiases.stream().map(b -> b.equalsIgnoreCase("none") ? "" : b).toList()));
        System.out.printf("cross-validation took %.0f s (%d threads)%n", (System.nanoTime() - start) / 1e9, threads);
        return 0;
    }

    private void printErrors(List<GoldSentence> sentences, PretokenizedTagger tagger) {
        List<EntityType> chosen = entityTypes();
        for (int n = 0; n < sentences.size(); n++) {
            GoldSentence s = sentences.get(n);
            java.util.Set<Span> gold = new java.util.HashSet<>(s.spans());
            java.util.Set<Span> predicted = new java.util.HashSet<>(tagger.tag(s.tokens()));
            gold.removeIf(sp -> !chosen.contains(sp.type()));
            predicted.removeIf(sp -> !chosen.contains(sp.type()));
            if (gold.equals(predicted)) {
                continue;
            }
            System.out.println("#" + (n + 1) + " " + String.join(" ", s.tokens()));
            gold.stream().filter(sp -> !predicted.contains(sp)).forEach(sp -> System.out.println("  missed   " + show(s, sp)));
            predicted.stream().filter(sp -> !gold.contains(sp)).forEach(sp -> System.out.println("  spurious " + show(s, sp)));
        }
    }

    private static String show(GoldSentence s, Span span) {
        return span.type() + " [" + String.join(" ", s.tokens().subList(span.begin(), span.end())) + "]";
    }

    private List<EntityType> entityTypes() {
        List<EntityType> out = new ArrayList<>();
        for (String t : types) {
            EntityType type = EntityType.fromTag(t);
            if (type == null) {
                throw new IllegalArgumentException("--types: unknown type '" + t + "'");
            }
            out.add(type);
        }
        return out;
    }

    private PretokenizedTagger tagger() throws IOException {
        LanguageSupport language = LanguageRegistry.get(lang);
        if (classBiases.size() > 1) {
            throw new IllegalArgumentException("--class-bias: give one without --cv (several are for --cv)");
        }
        KhabarConfig config = configOptions.load(classBiases.isEmpty() ? Map.of()
                : Map.of("khabar.nlp.urdu.ner-class-bias", classBiases.get(0)));
        return language.nerTagger(config.nlp(), java.util.Optional.ofNullable(model));
    }
}
