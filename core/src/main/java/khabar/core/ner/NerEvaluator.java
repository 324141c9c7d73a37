package khabar.core.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import khabar.core.text.EntityType;

/**
 * Scores a {@link PretokenizedTagger} against gold sentences the CoNLL way: a predicted span counts
 * only if its bounds and type equal a gold span's. Spans of types outside the chosen set are ignored on
 * both sides. Thread-confined; build one per evaluation.
 */
public final class NerEvaluator {
    /** PERSON, LOCATION, ORGANIZATION: the types every NER model here is compared on. */
    public static final List<EntityType> DEFAULT_TYPES =
            List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

    private final List<EntityType> types;

    /** @param types the types to score, in the order the report lists them; not empty */
    public NerEvaluator(List<EntityType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("choose at least one entity type to score");
        }
        this.types = List.copyOf(new java.util.LinkedHashSet<>(types));
    }

    /** An evaluator over PERSON, LOCATION, ORGANIZATION. */
    public static NerEvaluator forDefaultTypes() {
        return new NerEvaluator(DEFAULT_TYPES);
    }

    /** Tags every gold sentence's tokens with the tagger, timing the tagging only, and scores it. */
    public NerReport evaluate(List<GoldSentence> gold, PretokenizedTagger tagger) {
        List<List<Span>> predicted = new ArrayList<>(gold.size());
        long nanos = 0;
        for (GoldSentence s : gold) {
            long t0 = System.nanoTime();
            List<Span> spans = tagger.tag(s.tokens());
            nanos += System.nanoTime() - t0;
            predicted.add(spans);
        }
        return score(gold, predicted, nanos);
    }

    /**
     * Scores predictions already made.
     *
     * @param predicted one list of spans per gold sentence, in the same order
     */
    public NerReport score(List<GoldSentence> gold, List<List<Span>> predicted, long taggingNanos) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predictions");
        }
        Map<EntityType, int[]> counts = new LinkedHashMap<>();
        types.forEach(t -> counts.put(t, new int[3]));
        long tokens = 0;
        for (int i = 0; i < gold.size(); i++) {
            tokens += gold.get(i).tokens().size();
            Set<Span> goldSpans = chosen(gold.get(i).spans());
            Set<Span> predSpans = chosen(predicted.get(i));
            for (Span p : predSpans) {
                counts.get(p.type())[goldSpans.contains(p) ? 0 : 1]++;
            }
            for (Span g : goldSpans) {
                if (!predSpans.contains(g)) {
                    counts.get(g.type())[2]++;
                }
            }
        }
        Map<EntityType, TypeScore> perType = new LinkedHashMap<>();
        TypeScore micro = TypeScore.ZERO;
        for (Map.Entry<EntityType, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            TypeScore s = new TypeScore(c[0], c[1], c[2]);
            perType.put(e.getKey(), s);
            micro = micro.plus(s);
        }
        return new NerReport(perType, micro, gold.size(), tokens, taggingNanos);
    }

    private Set<Span> chosen(List<Span> spans) {
        Set<Span> out = new HashSet<>();
        for (Span s : spans) {
            if (types.contains(s.type())) {
                out.add(s);
            }
        }
        return out;
    }
}
