package khabar.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Expands the patterns of the lexicon files into plain token sequences.
 * <ul>
 *   <li>tokens are separated by spaces: {@code راکٹ داغے};</li>
 *   <li>{@code {a,b c,d}} is one slot with alternatives, each of one or more tokens;</li>
 *   <li>{@code *} is a gap of 0 to {@link #MAX_GAP} tokens (kept as the token {@code *});</li>
 *   <li>with {@code inflect} (English), a word ending in {@code +} stands for its regular forms:
 *   {@code attack+} = attack, attacks, attacked, attacking.</li>
 * </ul>
 * Each expanded token goes through the language's key function (normalization, lower case).
 */
final class PatternSyntax {
    static final String GAP = "*";
    static final int MAX_GAP = 4;

    private PatternSyntax() {
    }

    /** All token sequences the pattern stands for, in the order written. */
    static List<List<String>> expand(String pattern, boolean inflect, UnaryOperator<String> key) {
        List<List<List<String>>> slots = new ArrayList<>();
        int i = 0;
        String p = pattern.strip();
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed { in pattern: " + pattern);
                }
                List<List<String>> alternatives = new ArrayList<>();
                for (String alt : p.substring(i + 1, close).split(",", -1)) {
                    if (alt.isBlank()) {
                        throw new IllegalArgumentException("empty alternative in pattern: " + pattern);
                    }
                    alternatives.addAll(words(alt, inflect, key));
                }
                slots.add(alternatives);
                i = close + 1;
            } else {
                int end = p.indexOf(' ', i);
                end = end < 0 ? p.length() : end;
                String word = p.substring(i, end);
                if (word.contains("{") || word.contains("}")) {
                    throw new IllegalArgumentException("braces must stand alone in pattern: " + pattern);
                }
                slots.add(words(word, inflect, key));
                i = end;
            }
        }
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<List<String>> slot : slots) {
            List<List<String>> next = new ArrayList<>(out.size() * slot.size());
            for (List<String> prefix : out) {
                for (List<String> alt : slot) {
                    List<String> seq = new ArrayList<>(prefix);
                    seq.addAll(alt);
                    next.add(seq);
                }
            }
            out = next;
        }
        for (List<String> seq : out) {
            if (seq.get(0).equals(GAP) || seq.get(seq.size() - 1).equals(GAP)) {
                throw new IllegalArgumentException("a pattern cannot start or end with a gap: " + pattern);
            }
        }
        return out;
    }

    /** One alternative (words separated by spaces) as token sequences: several when a word inflects. */
    private static List<List<String>> words(String alternative, boolean inflect, UnaryOperator<String> key) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String w : alternative.strip().split(" +")) {
            List<String> forms = w.equals(GAP) ? List.of(GAP)
                    : inflect && w.endsWith("+") && w.length() > 1 ? inflections(w.substring(0, w.length() - 1))
                    : List.of(w);
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String f : forms) {
                    List<String> seq = new ArrayList<>(prefix);
                    seq.add(f.equals(GAP) ? GAP : key.apply(f));
                    next.add(seq);
                }
            }
            out = next;
        }
        return out;
    }

    /** The regular English forms of a verb or noun: base, -s, -ed, -ing, with the usual spelling rules. */
    static List<String> inflections(String base) {
        String b = base.toLowerCase(Locale.ROOT);
        String s;
        String ed;
        String ing;
        boolean consonantY = b.endsWith("y") && b.length() > 1 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0;
        if (consonantY) {
            String stem = b.substring(0, b.length() - 1);
            s = stem + "ies";
            ed = stem + "ied";
            ing = b + "ing";
        } else if (b.endsWith("ee")) {
            s = b + "s";
            ed = b + "d";
            ing = b + "ing";
        } else if (b.endsWith("e")) {
            s = b + "s";
            ed = b + "d";
            ing = b.substring(0, b.length() - 1) + "ing";
        } else {
            boolean sibilant = b.endsWith("s") || b.endsWith("x") || b.endsWith("z") || b.endsWith("ch")
                    || b.endsWith("sh");
            s = b + (sibilant ? "es" : "s");
            ed = b + "ed";
            ing = b + "ing";
        }
        return List.of(b, s, ed, ing);
    }
}
