package khabar.core.urdu.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;

/**
 * Trains the Urdu CRF NER model from an IL-NER-style BIO file with the committed feature set
 * ({@value #PROPERTIES}) and the shipped gazetteers, and scores it on a dev file. Reproducible: the same
 * inputs and properties give the same model. Plain Java; run it with
 * {@code java -Xmx6g -cp core/target/classes:CP khabar.core.urdu.ner.UrduNerTrainer --train F --dev F --out M}.
 */
public final class UrduNerTrainer {
    /** Classpath resource with the CRF's feature flags. */
    public static final String PROPERTIES = "khabar/models/ur-ner.prop";
    /** Our own key in the properties: {@code IO} or {@code IOB2} labels in the training file. */
    public static final String LABELS_KEY = "khabar.labels";
    /**
     * Our own key: keep one in N training sentences that carry no entity at all (1, the default, keeps all).
     * IL-NER Urdu train is 65 % such sentences (a 3,400-sentence stretch in its middle has none), which pulls
     * the CRF towards O; decided on cross-validation (docs/urdu-ner.md).
     */
    public static final String EMPTY_KEEP_EVERY_KEY = "khabar.emptyKeepEvery";
    /** Prefix of a flag value naming a classpath resource (the trainer copies it to a file for CoreNLP). */
    public static final String CLASSPATH = "classpath:";

    private final Properties overrides;

    /** @param overrides flags that replace the committed ones (for ablations); empty for the real model */
    public UrduNerTrainer(Properties overrides) {
        this.overrides = overrides;
    }

    /** A trainer with the committed flags only. */
    public static UrduNerTrainer standard() {
        return new UrduNerTrainer(new Properties());
    }

    /**
     * Trains on {@code train}, writes the gzipped model to {@code out}, and scores it on {@code dev} over
     * PERSON, LOCATION, ORGANIZATION with the runtime tagger ({@link UrduNer}'s, gazetteer rules included).
     */
    public NerReport train(Path train, Path dev, Path out) throws IOException {
        UrduBiasedCrf crf = trainCrf(GoldReader.read(train, GoldFormat.BIO), out);
        UrduNer ner = UrduNer.of(crf, UrduGazetteers.load(), classBias());
        return NerEvaluator.forDefaultTypes().evaluate(GoldReader.read(dev, GoldFormat.BIO), ner);
    }

    /**
     * Trains a CRF on gold sentences with the committed flags and the overrides, and writes it gzipped to
     * {@code out} unless {@code out} is null (cross-validation folds keep it in memory only).
     */
    public UrduBiasedCrf trainCrf(List<GoldSentence> train, Path out) throws IOException {
        return trainSelfTrained(train, out).crf();
    }

    /**
     * A trained CRF and, when the flags self-train ({@link UrduSelfTraining}), the first CRF whose confident
     * labels of unlabeled news were added to the gold sentences, and how many sentences it added.
     */
    public record Trained(UrduBiasedCrf crf, UrduBiasedCrf beforeSelfTraining, int pseudoSentences) {
    }

    /**
     * Trains as {@link #trainCrf} does, keeping the first CRF of self-training (null without it) so that
     * cross-validation can score both on the same fold.
     */
    public Trained trainSelfTrained(List<GoldSentence> train, Path out) throws IOException {
        Properties props = properties();
        props.putAll(overrides);
        UrduSelfTraining selfTraining = UrduSelfTraining.fromFlags(props);
        UrduSelfTraining.KEYS.forEach(props::remove);
        List<GoldSentence> hand = UrduHandLabels.fromFlags(props);
        UrduHandLabels.KEYS.forEach(props::remove);
        if (!hand.isEmpty()) {
            List<GoldSentence> withHand = new java.util.ArrayList<>(train);
            withHand.addAll(hand);
            train = withHand;
        }
        if (selfTraining == null) {
            return new Trained(trainOnce(train, props, out), null, 0);
        }
        UrduBiasedCrf first = trainOnce(train, props, null);
        List<GoldSentence> pseudo = selfTraining.pseudoLabel(UrduNer.of(first, UrduGazetteers.load(), classBias()), hand);
        List<GoldSentence> all = new java.util.ArrayList<>(train);
        all.addAll(pseudo);
        return new Trained(trainOnce(all, props, out), first, pseudo.size());
    }

    private static UrduBiasedCrf trainOnce(List<GoldSentence> train, Properties flags, Path out) throws IOException {
        Path work = Files.createTempDirectory("ur-ner-train");
        try {
            Properties props = new Properties();
            props.putAll(flags);
            CrfCache cache = CrfCache.fromFlags(props);
            boolean iob2 = "IOB2".equalsIgnoreCase(props.getProperty(LABELS_KEY, "IO"));
            props.remove(LABELS_KEY);
            int keepEvery = Integer.parseInt(props.getProperty(EMPTY_KEEP_EVERY_KEY, "1").strip());
            props.remove(EMPTY_KEEP_EVERY_KEY);
            Path tsv = work.resolve("train.tsv");
            UrduNerTrainingData.write(UrduNerTrainingData.thinEmpty(train, keepEvery), tsv, iob2);
            Path gazette = work.resolve("gazette.txt");
            UrduGazetteers.load().writeCrfGazette(gazette);
            props.setProperty("trainFile", tsv.toString());
            props.setProperty("gazette", gazette.toString());
            resolveClasspathFile(props, "distSimLexicon", work);
            props.remove("serializeTo");
            UrduBiasedCrf crf;
            if (cache != null) {
                crf = cache.trainOrLoad(props);
            } else {
                crf = new UrduBiasedCrf(props);
                crf.train();
            }
            if (out != null) {
                crf.serializeClassifier(out.toString());
            }
            return crf;
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A flag whose value is {@code classpath:RESOURCE} is copied out to {@code work} and pointed at the copy. */
    private static void resolveClasspathFile(Properties props, String key, Path work) throws IOException {
        String value = props.getProperty(key);
        if (value == null || !value.startsWith(CLASSPATH)) {
            return;
        }
        String resource = value.substring(CLASSPATH.length());
        Path copy = work.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = UrduNerTrainer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(key + "=" + value + ": no such resource on the classpath");
            }
            Files.copy(in, copy);
        }
        props.setProperty(key, copy.toString());
    }

    /**
     * The class bias the recipe decodes with: {@code classBias} of the committed flags or the overrides
     * ({@code ""}: none). CoreNLP's training ignores the flag; {@link UrduNer} applies it when tagging.
     */
    public String classBias() {
        String own = overrides.getProperty(UrduBiasedCrf.CLASS_BIAS_KEY);
        return own != null ? own : properties().getProperty(UrduBiasedCrf.CLASS_BIAS_KEY, "");
    }

    /** The committed flags. */
    public static Properties properties() {
        Properties props = new Properties();
        try (InputStream in = UrduNerTrainer.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROPERTIES);
            }
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** {@code --train F --dev F --out M [--set key=value]...}: trains, prints the dev table and JSON. */
    public static void main(String[] args) throws IOException {
        Path train = null;
        Path dev = null;
        Path out = null;
        Properties overrides = new Properties();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--train" -> train = Path.of(args[i + 1]);
                case "--dev" -> dev = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--set" -> {
                    String[] kv = args[i + 1].split("=", 2);
                    overrides.setProperty(kv[0], kv.length > 1 ? kv[1] : "");
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (train == null || dev == null || out == null) {
            throw new IllegalArgumentException("usage: --train FILE --dev FILE --out MODEL.ser.gz [--set key=value]...");
        }
        long t0 = System.nanoTime();
        NerReport report = new UrduNerTrainer(overrides).train(train, dev, out);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("trained in %.1f s, model %d bytes, heap used %d MB%n", (System.nanoTime() - t0) / 1e9,
                Files.size(out), (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.print(report.toTable());
        System.out.println(report.toJson());
    }
}
