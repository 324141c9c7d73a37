package khabar.bench.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The language mix of a generated corpus, written {@code ur=0.5,en=0.5}: weights per ISO 639-1 code,
 * normalised to sum to 1. Only languages with a bundled grammar (ur, en) are accepted.
 */
public record Mix(Map<String, Double> shares) {
    public Mix {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("the mix names no language");
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            if (!e.getKey().equals("ur") && !e.getKey().equals("en")) {
                throw new IllegalArgumentException("the corpus generator writes ur and en only, not '" + e.getKey() + "'");
            }
            if (!(e.getValue() >= 0)) {
                throw new IllegalArgumentException("share of " + e.getKey() + " must be >= 0: " + e.getValue());
            }
            sum += e.getValue();
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the shares of the mix sum to 0");
        }
        Map<String, Double> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            normalised.put(e.getKey(), e.getValue() / sum);
        }
        shares = java.util.Collections.unmodifiableMap(normalised);
    }

    /** Parses {@code ur=0.5,en=0.5}. */
    public static Mix parse(String text) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("mix part '" + part + "' is not lang=share (e.g. ur=0.5,en=0.5)");
            }
            try {
                shares.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("mix part '" + part + "': share is not a number");
            }
        }
        return new Mix(shares);
    }

    /** A random language drawn with the mix's shares. */
    String draw(SplittableRandom random) {
        double x = random.nextDouble();
        String last = null;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        shares.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=')
                .append(String.format(java.util.Locale.ROOT, "%.2f", v)));
        return b.toString();
    }
}
