package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import khabar.core.ner.CrossValidationFolds;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;

/**
 * K-fold cross-validation of the Urdu NER over gold sentences (IL-NER train + dev): for each
 * {@link CrossValidationFolds#blocks fold} (round-robin blocks of neighbouring sentences) a CRF is trained on the other folds by
 * {@link UrduNerTrainer} (the committed flags plus its overrides) and the held-out fold is tagged by the
 * full runtime tagger ({@link UrduNer}: CRF, known names and rules) and by the CRF alone. Counts are
 * pooled over the folds, so every sentence is scored exactly once by a model that never saw it. This is
 * the figure features, rules, lists and hyper-parameters are decided on (docs/urdu-ner.md).
 */
public final class UrduNerCrossValidation {
    /** Pooled scores of the full tagger and of the CRF alone, and each fold's full-tagger scores. */
    public record Result(NerReport full, NerReport crfOnly, List<NerReport> perFold,
                         Map<String, NerReport> ablations, Map<String, NerReport> classBiases,
                         NerReport beforeSelfTraining, int pseudoSentences) {
        public Result {
            perFold = List.copyOf(perFold);
            ablations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ablations));
            classBiases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classBiases));
        }

        /** The tables, a line per fold, and one JSON line for scripts. */
        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append("cross-validation, ").append(perFold.size()).append(" folds, full tagger (pooled):\n");
            sb.append(full.toTable());
            sb.append("CRF only (pooled):\n").append(crfOnly.toTable());
            if (beforeSelfTraining != null) {
                sb.append(String.format(Locale.ROOT, "self-training added %d sentences over the folds; before it, the same "
                        + "folds' first CRFs with the full tagger: micro P %.4f R %.4f F1 %.4f (PER %.4f LOC %.4f ORG %.4f)%n",
                        pseudoSentences, beforeSelfTraining.micro().precision(), beforeSelfTraining.micro().recall(),
                        beforeSelfTraining.micro().f1(), f1(beforeSelfTraining, "PERSON"), f1(beforeSelfTraining, "LOCATION"),
                        f1(beforeSelfTraining, "ORGANIZATION")));
            }
            ablations.forEach((rules, r) -> sb.append(String.format(Locale.ROOT,
                    "rules off %-40s micro P %.4f R %.4f F1 %.4f (PER %.4f LOC %.4f ORG %.4f)%n", rules,
                    r.micro().precision(), r.micro().recall(), r.micro().f1(), f1(r, "PERSON"), f1(r, "LOCATION"),
                    f1(r, "ORGANIZATION"))));
            classBiases.forEach((bias, r) -> sb.append(String.format(Locale.ROOT,
                    "class bias %-40s micro P %.4f R %.4f F1 %.4f (PER %.4f LOC %.4f ORG %.4f)%n",
                    bias.isEmpty() ? "(none)" : bias, r.micro().precision(), r.micro().recall(), r.micro().f1(),
                    f1(r, "PERSON"), f1(r, "LOCATION"), f1(r, "ORGANIZATION"))));
            for (int f = 0; f < perFold.size(); f++) {
                NerReport r = perFold.get(f);
                sb.append(String.format(Locale.ROOT, "fold %d: %d sentences, micro F1 %.4f (PER %.4f LOC %.4f ORG %.4f)%n",
                        f, r.sentences(), r.micro().f1(), f1(r, "PERSON"), f1(r, "LOCATION"), f1(r, "ORGANIZATION")));
            }
            sb.append("{\"cv\":").append(full.toJson()).append(",\"crf_only\":").append(crfOnly.toJson()).append("}\n");
            return sb.toString();
        }

        private static double f1(NerReport r, String type) {
            return r.perType().entrySet().stream().filter(e -> e.getKey().name().equals(type))
                    .mapToDouble(e -> e.getValue().f1()).findFirst().orElse(Double.NaN);
        }
    }

    private final UrduNerTrainer trainer;
    private final int threads;
    private final long timeoutMinutes;
    private final List<Set<String>> ablations;
    private final List<String> classBiases;

    /**
     * @param trainer        trains each fold's CRF
     * @param threads        folds trained at once (each needs about 3.5 GB of heap)
     * @param timeoutMinutes limit for the whole cross-validation
     * @param ablations      sets of rules to switch off, each scored on the same fold models
     * @param classBiases    class biases to decode with instead of the recipe's ({@link UrduBiasedCrf#bias};
     *                       {@code ""}: none), each scored with the full tagger on the same fold models
     */
    public UrduNerCrossValidation(UrduNerTrainer trainer, int threads, long timeoutMinutes,
                                  List<Set<String>> ablations, List<String> classBiases) {
        this.ablations = List.copyOf(ablations);
        this.classBiases = List.copyOf(classBiases);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        this.trainer = trainer;
        this.threads = threads;
        this.timeoutMinutes = timeoutMinutes;
    }

    /** Runs {@code k}-fold cross-validation over the sentences, in file order. */
    public Result run(List<GoldSentence> sentences, int k) {
        List<CrossValidationFolds.Fold<GoldSentence>> folds = CrossValidationFolds.blocks(sentences, k, CrossValidationFolds.DEFAULT_BLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cv-fold");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.atomic.AtomicInteger pseudo = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<NerReport[]>> futures = new ArrayList<>();
            for (CrossValidationFolds.Fold<GoldSentence> fold : folds) {
                futures.add(pool.submit(() -> scoreFold(fold, pseudo)));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(timeoutMinutes);
            List<NerReport> perFold = new ArrayList<>();
            NerReport[] pooled = null;
            for (Future<NerReport[]> future : futures) {
                NerReport[] r = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                perFold.add(r[0]);
                if (pooled == null) {
                    pooled = r;
                } else {
                    for (int i = 0; i < r.length; i++) {
                        pooled[i] = pooled[i] == null ? null : pooled[i].plus(r[i]);
                    }
                }
            }
            Map<String, NerReport> ablated = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ablations.size(); i++) {
                ablated.put(String.join(",", new java.util.TreeSet<>(ablations.get(i))), pooled[2 + i]);
            }
            Map<String, NerReport> biased = new java.util.LinkedHashMap<>();
            for (int i = 0; i < classBiases.size(); i++) {
                biased.put(classBiases.get(i), pooled[2 + ablations.size() + i]);
            }
            return new Result(pooled[0], pooled[1], perFold, ablated, biased, pooled[pooled.length - 1], pseudo.get());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cross-validation did not finish within " + timeoutMinutes + " minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fold failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Trains on the fold's training part and scores its held-out part: {full tagger, CRF only, each ablation,
     * each class bias, the full tagger with the first CRF of self-training (null without it)}.
     */
    private NerReport[] scoreFold(CrossValidationFolds.Fold<GoldSentence> fold, java.util.concurrent.atomic.AtomicInteger pseudo) {
        try {
            UrduNerTrainer.Trained trained = trainer.trainSelfTrained(fold.train(), null);
            pseudo.addAndGet(trained.pseudoSentences());
            UrduNer ner = UrduNer.of(trained.crf(), UrduGazetteers.load(), trainer.classBias());
            NerEvaluator evaluator = NerEvaluator.forDefaultTypes();
            NerReport[] out = new NerReport[3 + ablations.size() + classBiases.size()];
            out[out.length - 1] = trained.beforeSelfTraining() == null ? null : evaluator.evaluate(fold.test(),
                    UrduNer.of(trained.beforeSelfTraining(), UrduGazetteers.load(), trainer.classBias()));
            out[0] = evaluator.evaluate(fold.test(), ner);
            out[1] = evaluator.evaluate(fold.test(), ner.crfOnly());
            for (int i = 0; i < ablations.size(); i++) {
                out[2 + i] = evaluator.evaluate(fold.test(), ner.withRulesOff(ablations.get(i)));
            }
            for (int i = 0; i < classBiases.size(); i++) {
                out[2 + ablations.size() + i] = evaluator.evaluate(fold.test(), ner.withClassBias(classBiases.get(i)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("fold " + fold.index() + ": " + e.getMessage(), e);
        }
    }
}
