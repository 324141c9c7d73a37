package khabar.core.urdu.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.Span;

/**
 * Turns a gold BIO file (IL-NER layout) into the two-column file CoreNLP's CRF trains on: the normalized
 * token ({@link UrduNerLabels#featureForm}) and its label (IO or IOB2), a blank line between sentences.
 */
public final class UrduNerTrainingData {
    private UrduNerTrainingData() {
    }

    /**
     * Writes the CRF training file.
     *
     * @return the number of sentences written
     */
    public static int write(Path goldBio, Path out, boolean iob2) throws IOException {
        return write(GoldReader.read(goldBio, GoldFormat.BIO), out, iob2);
    }

    /**
     * Writes the CRF training file from gold sentences already read.
     *
     * @return the number of sentences written
     */
    public static int write(List<GoldSentence> gold, Path out, boolean iob2) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (GoldSentence s : gold) {
                String[] labels = labels(s, iob2);
                for (int i = 0; i < labels.length; i++) {
                    w.write(UrduNerLabels.featureForm(s.tokens().get(i)));
                    w.write('\t');
                    w.write(labels[i]);
                    w.write('\n');
                }
                w.write('\n');
            }
        }
        return gold.size();
    }

    /** The labels of one gold sentence: IO ({@code PERSON}) or IOB2 ({@code B-PERSON}, {@code I-PERSON}). */
    static String[] labels(GoldSentence s, boolean iob2) {
        String[] labels = new String[s.tokens().size()];
        Arrays.fill(labels, UrduNerLabels.OUTSIDE);
        for (Span span : s.spans()) {
            for (int i = span.begin(); i < span.end(); i++) {
                String label = UrduNerLabels.label(span.type());
                labels[i] = !iob2 || label.equals(UrduNerLabels.OUTSIDE) ? label
                        : (i == span.begin() ? "B-" : "I-") + label;
            }
        }
        return labels;
    }

    /**
     * Keeps every sentence with an entity and one in {@code keepEvery} of those without any (the 1st, the
     * (N+1)th, … in file order: deterministic). {@code keepEvery} 1 keeps all.
     */
    public static List<GoldSentence> thinEmpty(List<GoldSentence> sentences, int keepEvery) {
        if (keepEvery < 1) {
            throw new IllegalArgumentException(UrduNerTrainer.EMPTY_KEEP_EVERY_KEY + " must be at least 1, got " + keepEvery);
        }
        if (keepEvery == 1) {
            return sentences;
        }
        List<GoldSentence> out = new java.util.ArrayList<>(sentences.size());
        int empty = 0;
        for (GoldSentence s : sentences) {
            if (!s.spans().isEmpty() || empty++ % keepEvery == 0) {
                out.add(s);
            }
        }
        return out;
    }
}
