package khabar.core.ner;

import java.util.Locale;
import java.util.Map;

import khabar.core.text.EntityType;

/**
 * The result of {@link NerEvaluator#evaluate}: CoNLL-style exact-span scores per type and micro-averaged
 * over the chosen types, and the tagging speed.
 *
 * @param perType      counts per chosen type, in the order the types were chosen
 * @param micro        counts summed over the chosen types
 * @param sentences    number of gold sentences
 * @param tokens       number of gold tokens
 * @param taggingNanos time spent inside the tagger only (not reading, not scoring)
 */
public record NerReport(Map<EntityType, TypeScore> perType, TypeScore micro, int sentences, long tokens,
                        long taggingNanos) {
    public NerReport {
        perType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perType));
    }

    /**
     * The counts of two reports over the same types added up (pooling cross-validation folds): sentences,
     * tokens and tagging time add up too.
     */
    public NerReport plus(NerReport other) {
        if (!perType.keySet().equals(other.perType.keySet())) {
            throw new IllegalArgumentException("cannot add reports over different types: " + perType.keySet()
                    + " and " + other.perType.keySet());
        }
        Map<EntityType, TypeScore> sum = new java.util.LinkedHashMap<>();
        perType.forEach((type, s) -> sum.put(type, s.plus(other.perType.get(type))));
        return new NerReport(sum, micro.plus(other.micro), sentences + other.sentences, tokens + other.tokens,
                taggingNanos + other.taggingNanos);
    }

    /** Tokens tagged per second of tagging time; 0 when no time was measured. */
    public double tokensPerSecond() {
        return taggingNanos <= 0 ? 0.0 : tokens * 1e9 / taggingNanos;
    }

    /** A fixed-width text table: one row per type, then the micro average and the counts. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %6s %6s %6s%n", "type", "P", "R", "F1", "tp", "fp", "fn"));
        perType.forEach((type, s) -> row(sb, type.name(), s));
        row(sb, "micro", micro);
        sb.append(String.format(Locale.ROOT, "sentences %d, tokens %d, tokens/s %.0f%n", sentences, tokens,
                tokensPerSecond()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, TypeScore s) {
        sb.append(String.format(Locale.ROOT, "%-14s %7.4f %7.4f %7.4f %6d %6d %6d%n", name, s.precision(),
                s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
    }

    /**
     * One JSON line: {@code {"micro":{p,r,f1,tp,fp,fn},"per_type":{"PERSON":{…},…},"sentences":…,
     * "tokens":…,"tokens_per_second":…}}.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"micro\":");
        json(sb, micro);
        sb.append(",\"per_type\":{");
        boolean first = true;
        for (Map.Entry<EntityType, TypeScore> e : perType.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(e.getKey().name()).append("\":");
            json(sb, e.getValue());
        }
        sb.append("},\"sentences\":").append(sentences).append(",\"tokens\":").append(tokens)
                .append(",\"tokens_per_second\":").append(String.format(Locale.ROOT, "%.1f", tokensPerSecond()))
                .append('}');
        return sb.toString();
    }

    private static void json(StringBuilder sb, TypeScore s) {
        sb.append(String.format(Locale.ROOT, "{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f,\"tp\":%d,\"fp\":%d,\"fn\":%d}",
                s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
    }
}
