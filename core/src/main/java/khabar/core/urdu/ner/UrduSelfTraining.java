package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduSentenceSplitter;

/**
 * Self-training of the Urdu CRF over unlabeled news (issue 25, "high-precision spans as extra training
 * sentences"): a CRF trained on the gold sentences tags unlabeled news sentences with the full tagger (CRF,
 * known names, rules), and the sentences it is sure of become extra training sentences for a second CRF.
 * A sentence is taken when it has a PERSON, LOCATION or ORGANIZATION span and every token whose final label
 * is the CRF's own has a marginal probability of at least {@code minConfidence} (tokens the known names or rules
 * relabelled are taken as the rules say: that is where the news-domain signal comes from). The candidates are
 * every sentence of {@code minTokens}–{@code maxTokens} tokens of the {@code *.txt} files under the input
 * folder (one article, paragraph or headline a line; {@code bin/extract-ur-unlabeled}), duplicates dropped,
 * in the order of a fixed hash of their text (so every source contributes and the choice is reproducible),
 * less the hand-labelled sentences ({@link UrduHandLabels}) the same training reads.
 *
 * <p>Switched on by training flags ({@link #INPUT_KEY}, {@link #SENTENCES_KEY}, {@link #MIN_CONFIDENCE_KEY}),
 * so {@code train-ner} and {@code eval-ner --cv} take it through {@code --set} like any flag; each
 * cross-validation fold pseudo-labels with its own first CRF, so no held-out fold's labels leak in.
 */
public final class UrduSelfTraining {
    /** Training flag: the folder of unlabeled {@code *.txt} files. */
    public static final String INPUT_KEY = "khabar.selfTrain.input";
    /** Training flag: how many pseudo-labelled sentences to add (0, the default: no self-training). */
    public static final String SENTENCES_KEY = "khabar.selfTrain.sentences";
    /** Training flag: the least marginal probability of each CRF-labelled token (default 0.9). */
    public static final String MIN_CONFIDENCE_KEY = "khabar.selfTrain.minConfidence";
    /** The flags this class reads; the trainer removes them before CoreNLP sees the properties. */
    public static final List<String> KEYS = List.of(INPUT_KEY, SENTENCES_KEY, MIN_CONFIDENCE_KEY);

    static final int MIN_TOKENS = 8;
    static final int MAX_TOKENS = 60;
    private static final Map<Path, List<List<String>>> CANDIDATES = new ConcurrentHashMap<>();

    private final Path input;
    private final int sentences;
    private final double minConfidence;

    UrduSelfTraining(Path input, int sentences, double minConfidence) {
        if (sentences < 0 || minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException(SENTENCES_KEY + " must be >= 0 and " + MIN_CONFIDENCE_KEY
                    + " within 0..1, not " + sentences + " and " + minConfidence);
        }
        this.input = input;
        this.sentences = sentences;
        this.minConfidence = minConfidence;
    }

    /**
     * The self-training the flags ask for, or null when {@link #SENTENCES_KEY} is absent or 0.
     *
     * @throws IllegalArgumentException when sentences are asked for without an input folder that exists
     */
    public static UrduSelfTraining fromFlags(Properties flags) {
        int n = Integer.parseInt(flags.getProperty(SENTENCES_KEY, "0").strip());
        if (n == 0) {
            return null;
        }
        String dir = flags.getProperty(INPUT_KEY, "").strip();
        if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalArgumentException("the recipe self-trains on " + n + " sentences of unlabeled Urdu news: "
                    + "set " + INPUT_KEY + "=DIR to a folder of *.txt files (bin/extract-ur-unlabeled writes one)"
                    + (dir.isEmpty() ? "" : "; " + dir + " is not a folder"));
        }
        return new UrduSelfTraining(Path.of(dir),
                n, Double.parseDouble(flags.getProperty(MIN_CONFIDENCE_KEY, "0.9").strip()));
    }

    /**
     * The sentences {@code ner} is sure of, labelled by it, at most {@code sentences} of them, in candidate order,
     * leaving out the sentences of {@code handLabelled} (they train the CRF with their hand labels already; a
     * pseudo-labelled copy would train it a second time, with the first CRF's labels).
     */
    public List<GoldSentence> pseudoLabel(UrduNer ner, List<GoldSentence> handLabelled) {
        return pseudoLabelAmong(ner, withoutSentencesOf(candidates(input), handLabelled));
    }

    /** {@code candidates} less every sentence whose tokens are those of one of {@code labelled}. */
    static List<List<String>> withoutSentencesOf(List<List<String>> candidates, List<GoldSentence> labelled) {
        if (labelled.isEmpty()) {
            return candidates;
        }
        Set<List<String>> taken = new HashSet<>();
        labelled.forEach(g -> taken.add(g.tokens()));
        return candidates.stream().filter(c -> !taken.contains(c)).toList();
    }

    List<GoldSentence> pseudoLabelAmong(UrduNer ner, List<List<String>> candidates) {
        List<GoldSentence> out = new ArrayList<>();
        for (List<String> tokens : candidates) {
            if (out.size() >= sentences) {
                break;
            }
            GoldSentence labelled = labelIfSure(ner, tokens);
            if (labelled != null) {
                out.add(labelled);
            }
        }
        return out;
    }

    /** The sentence with the full tagger's names and the CRF's numbers and times, or null when unsure or nameless. */
    GoldSentence labelIfSure(UrduNer ner, List<String> tokens) {
        List<String> forms = UrduNerLabels.featureForms(tokens);
        UrduCrfTagger.Decoded crf = ner.crfTagger().decode(forms);
        List<Span> names = ner.tagForms(forms).stream()
                .filter(s -> NerEvaluator.DEFAULT_TYPES.contains(s.type())).toList();
        if (names.isEmpty()) {
            return null;
        }
        String[] labels = new String[forms.size()];
        for (int i = 0; i < labels.length; i++) {
            String l = crf.labels().get(i);
            EntityType t = EntityType.fromTag(l);
            labels[i] = t == EntityType.NUMBER || t == EntityType.TIME ? l : UrduNerLabels.OUTSIDE;
        }
        for (Span s : names) {
            for (int i = s.begin(); i < s.end(); i++) {
                labels[i] = UrduNerLabels.label(s.type());
            }
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(crf.labels().get(i)) && crf.confidence()[i] < minConfidence) {
                return null;
            }
        }
        List<Span> spans = new ArrayList<>(khabar.core.ner.Tags.decode(List.of(labels)));
        return new GoldSentence(tokens, spans);
    }

    /** The candidate sentences under a folder, read once per JVM (cross-validation folds share them). */
    static List<List<String>> candidates(Path dir) {
        return CANDIDATES.computeIfAbsent(dir.toAbsolutePath().normalize(), UrduSelfTraining::read);
    }

    private static List<List<String>> read(Path dir) {
        UrduSentenceSplitter splitter = UrduSentenceSplitter.standard();
        Map<String, List<String>> unique = new LinkedHashMap<>();
        try {
            for (Path f : textFiles(dir)) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (List<String> tokens : sentencesOf(splitter, line)) {
                        if (isCandidate(tokens)) {
                            unique.putIfAbsent(String.join(" ", tokens), tokens);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unlabeled text under " + dir, e);
        }
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(unique.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, List<String>> e) -> stableHash(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        return entries.stream().map(Map.Entry::getValue).toList();
    }

    /** The {@code *.txt} files under a folder, in path order: the files every reader of the unlabeled corpus reads. */
    static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * The sentences of one line of unlabeled text as token texts: the one way the corpus is split, so that hand
     * labels ({@link UrduHandLabels}), which name a sentence by the hash of its tokens, find it again.
     */
    static List<List<String>> sentencesOf(UrduSentenceSplitter splitter, String line) {
        List<List<String>> out = new ArrayList<>();
        for (Sentence s : splitter.split(line)) {
            out.add(s.tokens().stream().map(Token::text).toList());
        }
        return out;
    }

    /** Whether a sentence is long enough to learn from and short enough to be one sentence ({@value #MIN_TOKENS}–{@value #MAX_TOKENS} tokens). */
    static boolean isCandidate(List<String> tokens) {
        return tokens.size() >= MIN_TOKENS && tokens.size() <= MAX_TOKENS;
    }

    /** FNV-1a over the UTF-8 bytes: the same order on every JVM. */
    static long stableHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
