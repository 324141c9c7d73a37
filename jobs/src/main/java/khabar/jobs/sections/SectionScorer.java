package khabar.jobs.sections;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Arrays;
import java.util.Set;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDFModel;
import org.apache.spark.ml.feature.IndexToString;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.Matrix;

/**
 * The fitted {@link SectionModel} pipeline applied to one article in one step: the same terms, hash buckets,
 * IDF weights, L2 norm, logistic-regression coefficients and labels as {@code PipelineModel.transform}, read
 * from the loaded stages, without the five Spark columns (and their vector conversions) between them: about
 * a fifth of the cost per article (docs/themes-tone.md, Sections, cost). TrainSectionsTest checks that both give
 * the same probabilities.
 */
public final class SectionScorer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A label and its probability. */
    public record Scored(String section, double confidence) {
    }

    private final Set<String> languages;
    private final int maxChars;
    private final int minN;
    private final int maxN;
    private final HashingTF hashing;
    private final double[] idf;
    /** coefficients[bucket * classes + class] */
    private final double[] coefficients;
    private final double[] intercepts;
    private final String[] labels;

    private SectionScorer(SectionTerms terms, HashingTF hashing, IDFModel idf, LogisticRegressionModel lr, String[] labels) {
        this.languages = Set.of(terms.getOrDefault(terms.languages()));
        this.maxChars = (Integer) terms.getOrDefault(terms.maxChars());
        this.minN = (Integer) terms.getOrDefault(terms.minN());
        this.maxN = (Integer) terms.getOrDefault(terms.maxN());
        this.hashing = hashing;
        this.idf = idf.idf().toArray();
        int classes = lr.numClasses();
        Matrix m = lr.coefficientMatrix();
        this.coefficients = new double[m.numCols() * classes];
        for (int j = 0; j < m.numCols(); j++) {
            for (int k = 0; k < classes; k++) {
                coefficients[j * classes + k] = m.apply(k, j);
            }
        }
        this.intercepts = lr.interceptVector().toArray();
        this.labels = labels;
    }

    /** The scorer of a model written by {@code train-sections}; an error when its stages are not {@link SectionModel}'s. */
    public static SectionScorer of(PipelineModel model) {
        Transformer[] s = model.stages();
        if (s.length != 6 || !(s[0] instanceof SectionTerms terms) || !(s[1] instanceof HashingTF hashing)
                || !(s[2] instanceof IDFModel idf) || !(s[3] instanceof Normalizer norm) || !(s[4] instanceof LogisticRegressionModel lr)
                || !(s[5] instanceof IndexToString label)) {
            throw new IllegalArgumentException("not a section model (SectionTerms, HashingTF, IDF, Normalizer, "
                    + "LogisticRegression, IndexToString): " + Arrays.toString(s));
        }
        if (!hashing.getBinary() || norm.getP() != 2.0 || lr.numClasses() != lr.interceptVector().size()) {
            throw new IllegalArgumentException("section model: expected binary term frequencies, an L2 norm and a multinomial regression");
        }
        return new SectionScorer(terms, hashing, idf, lr, label.getLabels());
    }

    /**
     * Writes the scorer (Java serialization, gzipped): {@code train-sections} puts it beside the model as
     * {@link Sections#SCORER}, so that executors read it from the jar without Spark ML's reader, which needs a
     * SparkSession and a file system every host can see.
     */
    public void write(OutputStream out) throws IOException {
        try (ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(out))) {
            o.writeObject(this);
        }
    }

    /** Reads a scorer written by {@link #write}. */
    public static SectionScorer read(InputStream in) throws IOException {
        try (ObjectInputStream o = new ObjectInputStream(new GZIPInputStream(in))) {
            return (SectionScorer) o.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a section scorer written by train-sections: " + e.getMessage(), e);
        }
    }

    /** The article's section and its probability; null when it has nothing to classify (see {@link SectionTerms}). */
    public Scored score(String text, String language) {
        String[] terms = SectionTerms.terms(text, language, languages, maxChars, minN, maxN);
        if (terms.length == 0) {
            return null;
        }
        int[] buckets = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            buckets[i] = hashing.indexOf(terms[i]);
        }
        Arrays.sort(buckets);
        int classes = intercepts.length;
        double[] margins = new double[classes];
        double norm = 0;
        int previous = -1;
        for (int b : buckets) {
            if (b == previous) {
                continue;
            }
            previous = b;
            double w = idf[b];
            norm += w * w;
            for (int k = 0; k < classes; k++) {
                margins[k] += coefficients[b * classes + k] * w;
            }
        }
        norm = Math.sqrt(norm);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            margins[k] = intercepts[k] + (norm > 0 ? margins[k] / norm : 0);
            max = Math.max(max, margins[k]);
        }
        double sum = 0;
        int best = 0;
        for (int k = 0; k < classes; k++) {
            if (margins[k] > margins[best]) {
                best = k;
            }
            sum += Math.exp(margins[k] - max);
        }
        return new Scored(labels[best], Math.exp(margins[best] - max) / sum);
    }
}
