package khabar.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.nlp.EnglishNerTagger;
import khabar.core.text.EntityType;
import khabar.core.urdu.ner.UrduNer;
import khabar.jobs.config.KhabarConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar eval-ner}: khabar's own NER over a gold file's tokens, scored CoNLL-style (exact spans). */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Run khabar's NER for a language over a gold file's tokens and print precision, recall and "
                + "F1 per type and micro-averaged (exact span match).")
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, paramLabel = "ur|en", description = "language of the gold file")
    String lang;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold file, one sentence per blank-line block")
    Path gold;

    @Option(names = "--format", defaultValue = "bio", paramLabel = "bio|conll2003",
            description = "bio: token<TAB>tag (B-/I- or IO tags); conll2003: token POS chunk tag; default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--types", defaultValue = "PERSON,LOCATION,ORGANIZATION", split = ",", paramLabel = "T,T",
            description = "types to score (others are ignored on both sides); default ${DEFAULT-VALUE}")
    List<String> types;

    @Option(names = "--model", paramLabel = "FILE", description = "Urdu only: a model file instead of the shipped one")
    Path model;

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
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("--gold " + gold + " does not exist");
        }
        List<GoldSentence> sentences = GoldReader.read(gold, GoldFormat.parse(format));
        PretokenizedTagger tagger = tagger();
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (GoldSentence s : sentences) {
                tagger.tag(s.tokens());
            }
        }
        NerReport report = new NerEvaluator(entityTypes()).evaluate(sentences, tagger);
        System.out.println(report.toTable());
        if (json) {
            System.out.println(report.toJson());
        }
        return 0;
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
        switch (lang) {
            case "ur":
                if (model == null) {
                    return UrduNer.get();
                }
                try (InputStream in = Files.newInputStream(model)) {
                    return UrduNer.load(in);
                }
            case "en":
                KhabarConfig config = configOptions.load(Map.of());
                return new EnglishNerTagger(config.nlp().english());
            default:
                throw new IllegalArgumentException("--lang: khabar has NER for ur and en, not '" + lang + "'");
        }
    }
}
