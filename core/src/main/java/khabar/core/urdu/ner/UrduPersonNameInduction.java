package khabar.core.urdu.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.text.Token;
import khabar.core.urdu.UrduTokenizer;
import khabar.core.urdu.UrduResources;

/**
 * Person names read off unlabeled Urdu news by the way news introduces people (distant supervision): an
 * office or title ({@code وزیر اعظم}, {@code صدر}, {@code جسٹس}, {@code کپتان} — the TITLE list), optionally a
 * known place or body ({@code وزیر اعلیٰ پنجاب}), then one to three name words, then a postposition or comma
 * ({@code نے، کا، کی، کے، کو، سے، پر، ،}). A name counts once per sentence; {@link #names} keeps those seen in
 * at least {@code minCount} sentences, and {@link #personWords} the words of those names that are not
 * mostly common words elsewhere in the corpus. Not thread-safe: one instance per pass.
 */
public final class UrduPersonNameInduction {
    /** What may follow a name in the pattern. */
    private static final Set<String> AFTER = UrduResources.get().words("induction-after");
    /** Honorifics and forms of address that follow or precede a name but are not part of it. */
    private static final Set<String> HONORIFICS = UrduResources.get().words("induction-honorifics");
    /** The most name words between the title and the postposition. */
    private static final int MAX_NAME_WORDS = 3;

    private final UrduGazetteers gazetteers;
    private final Set<String> titles;
    private final int maxTitleWords;
    private final Set<String> stop = new HashSet<>();
    private final UrduTokenizer tokenizer = new UrduTokenizer();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private long sentences;
    private long tokens;

    public UrduPersonNameInduction(UrduGazetteers gazetteers) {
        this.gazetteers = gazetteers;
        this.titles = gazetteers.entries(UrduGazetteers.Kind.TITLE);
        this.maxTitleWords = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        for (UrduGazetteers.Kind k : List.of(UrduGazetteers.Kind.TITLE, UrduGazetteers.Kind.ORGKEY,
                UrduGazetteers.Kind.NAT)) {
            for (String e : gazetteers.entries(k)) {
                stop.addAll(List.of(e.split(" ")));
            }
        }
        stop.addAll(UrduGazetteerBuilder.FUNCTION_WORDS);
        stop.addAll(AFTER);
        stop.addAll(HONORIFICS);
    }

    /** Reads one line of text (one or more sentences). */
    public void add(String line) {
        List<String> forms = UrduNerLabels.featureForms(tokenizer.tokenize(line).stream().map(Token::text).toList());
        tokens += forms.size();
        sentences++;
        for (String f : forms) {
            wordCounts.merge(f, 1, Integer::sum);
        }
        Map<Integer, Span> knownAt = new HashMap<>();
        for (Span k : gazetteers.matchKnown(forms)) {
            knownAt.put(k.begin(), k);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            int afterTitle = titleEnd(forms, i);
            if (afterTitle < 0) {
                continue;
            }
            Span known = knownAt.get(afterTitle);
            int start = known != null && known.type() != EntityType.PERSON ? known.end() : afterTitle;
            int end = start;
            while (end < forms.size() && end - start < MAX_NAME_WORDS && isNameWord(forms.get(end), knownAt, end)) {
                end++;
            }
            if (end > start && end < forms.size() && AFTER.contains(forms.get(end))) {
                String name = String.join(" ", forms.subList(start, end));
                if (seen.add(name)) {
                    nameCounts.merge(name, 1, Integer::sum);
                }
            }
        }
    }

    /** The end of the longest title starting at {@code i}, or -1. */
    private int titleEnd(List<String> forms, int i) {
        int best = -1;
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= maxTitleWords && i + n <= forms.size(); n++) {
            if (n > 1) {
                sb.append(' ');
            }
            sb.append(forms.get(i + n - 1));
            if (titles.contains(sb.toString())) {
                best = i + n;
            }
        }
        return best;
    }

    private boolean isNameWord(String form, Map<Integer, Span> knownAt, int at) {
        if (stop.contains(form) || knownAt.containsKey(at) || form.length() < 2) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c < '\u0621' || c > '\u06FF' || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The multiword names of {@link #names} whose every word is a name word: one of {@link #personWords} or a
     * word of the person gazetteer (so {@code ٹھہرائے جانے} "to be held" after {@code وزیر} drops out).
     */
    public List<String> fullNames(int minCount, double minShare) {
        Set<String> nameWords = new HashSet<>(personWords(minCount, minShare));
        for (String e : gazetteers.entries(UrduGazetteers.Kind.PER)) {
            nameWords.addAll(List.of(e.split(" ")));
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : names(minCount)) {
            List<String> words = List.of(e.getKey().split(" "));
            if (words.size() >= 2 && nameWords.containsAll(words)) {
                out.add(e.getKey());
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Names seen after a title in at least {@code minCount} sentences, most frequent first. */
    public List<Map.Entry<String, Integer>> names(int minCount) {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : nameCounts.entrySet()) {
            if (e.getValue() >= minCount) {
                out.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        out.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return out;
    }

    /**
     * The words of the kept names that occur inside those names in at least {@code minShare} of their
     * corpus occurrences (so common words that happen to follow a title, such as {@code اطلاعات}, drop out),
     * alphabetical.
     */
    public List<String> personWords(int minCount, double minShare) {
        Map<String, Integer> inNames = new HashMap<>();
        for (Map.Entry<String, Integer> e : names(minCount)) {
            for (String w : e.getKey().split(" ")) {
                inNames.merge(w, e.getValue(), Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        inNames.forEach((w, n) -> {
            if (n >= minCount && n >= minShare * wordCounts.getOrDefault(w, n)) {
                out.add(w);
            }
        });
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Lines read. */
    public long sentences() {
        return sentences;
    }

    /** Tokens read. */
    public long tokens() {
        return tokens;
    }
}
