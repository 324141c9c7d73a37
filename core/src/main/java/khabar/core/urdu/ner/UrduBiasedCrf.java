package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.CliquePotentialFunction;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * CoreNLP's CRF with a bias per label added to every token's node potential when decoding: the
 * precision-recall trade-off of Minkov, Wang, Tomasic and Cohen (2006), "NER Systems that Suit User's
 * Preferences". CoreNLP's own {@code CRFBiasedClassifier} does the same with a feature that it switches on in a
 * field for the length of a {@code classify} call, so one instance cannot serve two threads; here the bias is
 * the caller's argument, handed to the potential function through a thread-local for the length of one call,
 * so one loaded model serves any number of threads and biases at once. Training and the serialized form are
 * {@link CRFClassifier}'s own: a model written by either class loads in the other.
 */
public final class UrduBiasedCrf extends CRFClassifier<CoreLabel> {
    /** The CoreNLP flag (in {@value UrduNerTrainer#PROPERTIES}) that holds the bias: {@code LABEL:w,LABEL:w}. */
    public static final String CLASS_BIAS_KEY = "classBias";

    /** The spec for plain decoding, where a spec is required (a setting that overrides the recipe's). */
    public static final String NONE = "none";

    private static final ThreadLocal<double[]> BIAS = new ThreadLocal<>();
    /** Set for the length of a {@link #classifyWithConfidence} call: where {@link #classify} leaves the marginals. */
    private static final ThreadLocal<double[][]> CONFIDENCE = new ThreadLocal<>();

    /**
     * A sentence's tokens with their Viterbi labels ({@code AnswerAnnotation}) and, per token, the marginal
     * probability of that label (forward-backward over the same biased potentials).
     */
    public record Labelled(List<CoreLabel> tokens, double[] confidence) {
    }

    private UrduBiasedCrf() {
        super();
    }

    /**
     * An untrained model with these CoreNLP flags ({@link #train()} reads {@code trainFile}). {@code useEmbedding}
     * is refused: CoreNLP 4.5.10's dense-feature path gave models that do not fit their own training sentences
     * (cross-validation micro-F1 0.15 against 0.71, with and without {@code prependEmbedding}; docs/urdu-ner.md,
     * rounds 4 and 5), and it reads the vectors only in its command-line {@code main}.
     */
    UrduBiasedCrf(Properties flags) {
        super(flags);
        if (this.flags.useEmbedding) {
            throw new IllegalArgumentException("useEmbedding=true is not supported: CoreNLP's CRF with word vectors as "
                    + "dense features scored 0.15 micro-F1 on the cross-validation folds (docs/urdu-ner.md, "
                    + "\"Context features\", rounds 4 and 5); use the word clusters (useDistSim) instead");
        }
    }

    /** Reads a serialized (not gzipped) CRFClassifier. */
    public static UrduBiasedCrf read(InputStream in) throws IOException, ClassNotFoundException {
        UrduBiasedCrf crf = new UrduBiasedCrf();
        crf.loadClassifier(in);
        return crf;
    }

    /**
     * The bias of each label, by the model's class index, from CoreNLP's {@code classBias} syntax
     * ({@code PERSON:0.5,ORGANIZATION:0.3}); labels not named get 0. A blank spec, {@code none}, or one whose
     * weights are all 0 gives null: plain decoding.
     *
     * @throws IllegalArgumentException for a label the model does not know or a weight that is not a number
     */
    public double[] bias(String spec) {
        Map<String, Double> weights = parse(spec, classIndex.objectsList());
        if (weights.values().stream().allMatch(w -> w == 0)) {
            return null;
        }
        double[] bias = new double[classIndex.size()];
        weights.forEach((label, w) -> bias[classIndex.indexOf(label)] = w);
        return bias;
    }

    /**
     * Parses a {@code classBias} spec against the labels a model has (for a setting, before any model is
     * loaded: {@link UrduNerLabels#ALL}); blank or {@code none}: no entries.
     *
     * @throws IllegalArgumentException naming the part that is not {@code LABEL:weight} with a known label
     */
    public static Map<String, Double> parse(String spec, Collection<String> labels) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase(NONE)) {
            return out;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length != 2 || !labels.contains(kv[0].strip())) {
                throw new IllegalArgumentException("class bias '" + spec + "': '" + part.strip()
                        + "' is not LABEL:weight with a label among " + labels);
            }
            try {
                out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("class bias '" + spec + "': '" + kv[1].strip()
                        + "' is not a number", e);
            }
        }
        return out;
    }

    /** Labels a sentence, each token's node potential raised by {@code bias[label]} (null: no bias). */
    public List<CoreLabel> classifySentence(List<CoreLabel> sentence, double[] bias) {
        if (bias == null) {
            return classifySentence(sentence);
        }
        BIAS.set(bias);
        try {
            return classifySentence(sentence);
        } finally {
            BIAS.remove();
        }
    }

    /**
     * Labels a sentence as {@link #classifySentence(List, double[])} does and also gives each token's marginal
     * probability of its label: a second, forward-backward pass (about the cost of the first), for
     * self-training's choice of confident sentences, not for the job.
     */
    public Labelled classifyWithConfidence(List<CoreLabel> sentence, double[] bias) {
        double[][] sink = new double[1][];
        CONFIDENCE.set(sink);
        try {
            List<CoreLabel> out = classifySentence(sentence, bias);
            return new Labelled(out, sink[0] == null ? new double[out.size()] : sink[0]);
        } finally {
            CONFIDENCE.remove();
        }
    }

    /** CoreNLP's Viterbi labelling of a preprocessed sentence; the marginals too inside {@link #classifyWithConfidence}. */
    @Override
    public List<CoreLabel> classify(List<CoreLabel> document) {
        List<CoreLabel> out = super.classify(document);
        double[][] sink = CONFIDENCE.get();
        if (sink != null && !document.isEmpty()) {
            CRFCliqueTree<String> tree = getCliqueTree(document);
            double[] confidence = new double[document.size()];
            for (int i = 0; i < confidence.length; i++) {
                confidence[i] = tree.prob(i, classIndex.indexOf(document.get(i).get(CoreAnnotations.AnswerAnnotation.class)));
            }
            sink[0] = confidence;
        }
        return out;
    }

    @Override
    protected CliquePotentialFunction getCliquePotentialFunctionForTest() {
        CliquePotentialFunction linear = super.getCliquePotentialFunctionForTest();
        double[] bias = BIAS.get();
        if (bias == null) {
            return linear;
        }
        // a clique of size 1 is one token's label: its index is the class index
        return (cliqueSize, label, features, values, position) ->
                linear.computeCliquePotential(cliqueSize, label, features, values, position)
                        + (cliqueSize == 1 ? bias[label] : 0);
    }
}
