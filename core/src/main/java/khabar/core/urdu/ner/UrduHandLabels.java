package khabar.core.urdu.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import khabar.core.ner.GoldSentence;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;

/**
 * Hand-labelled sentences of unlabeled Urdu news, kept as labels without their text (the text is not ours to
 * ship): a labels file names each sentence by the SHA-256 of its tokens, and the sentences are found again in
 * the corpus folder that {@code bin/extract-ur-unlabeled} writes. The trainer adds them to the gold sentences of
 * every CRF it trains (also each cross-validation fold's; they are never scored).
 *
 * <p>Labels file: UTF-8, {@code #} comments, one sentence a line: {@code sha256 TAB tokens TAB spans}, spans
 * space-separated as {@code TYPE:begin-end} (token offsets, end exclusive; {@code PERSON}, {@code LOCATION},
 * {@code ORGANIZATION}), the third field empty for a sentence without names.
 */
public final class UrduHandLabels {
    /** Training flag: the labels file (a path, or {@code classpath:RESOURCE}). */
    public static final String LABELS_KEY = "khabar.handLabels";
    /** Training flag: the folder of unlabeled {@code *.txt} files the labelled sentences were read from. */
    public static final String INPUT_KEY = "khabar.handLabels.input";
    /** The flags this class reads; the trainer removes them before CoreNLP sees the properties. */
    public static final List<String> KEYS = List.of(LABELS_KEY, INPUT_KEY);

    /** One labelled sentence as the file has it. */
    record Labels(String sha256, int tokens, List<Span> spans) {
    }

    private UrduHandLabels() {
    }

    /**
     * The hand-labelled sentences the flags ask for (empty without {@link #LABELS_KEY}).
     *
     * @throws IllegalArgumentException when labels are asked for without a corpus folder, or a labelled sentence
     *                                  is not in it (a different extraction: the message names how many)
     */
    public static List<GoldSentence> fromFlags(Properties flags) {
        String labels = flags.getProperty(LABELS_KEY, "").strip();
        if (labels.isEmpty()) {
            return List.of();
        }
        String dir = flags.getProperty(INPUT_KEY, "").strip();
        if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalArgumentException(LABELS_KEY + "=" + labels + " labels sentences of unlabeled Urdu news: set "
                    + INPUT_KEY + "=DIR to the folder bin/extract-ur-unlabeled writes"
                    + (dir.isEmpty() ? "" : "; " + dir + " is not a folder"));
        }
        try (InputStream in = open(labels)) {
            return join(read(in), UrduSelfTraining.candidates(Path.of(dir)), labels, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + labels, e);
        }
    }

    /** The labelled sentences found among {@code sentences}, in file order; every one must be found. */
    static List<GoldSentence> join(List<Labels> labels, List<List<String>> sentences, String labelsName, String dir) {
        Map<String, List<String>> bySha = new LinkedHashMap<>();
        for (List<String> tokens : sentences) {
            bySha.putIfAbsent(sha256(tokens), tokens);
        }
        List<GoldSentence> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Labels l : labels) {
            List<String> tokens = bySha.get(l.sha256());
            if (tokens == null || tokens.size() != l.tokens()) {
                missing.add(l.sha256());
                continue;
            }
            out.add(new GoldSentence(tokens, l.spans()));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(missing.size() + " of the " + labels.size() + " sentences of " + labelsName
                    + " are not under " + dir + " (first " + missing.get(0) + "): extract the corpus with "
                    + "bin/extract-ur-unlabeled at the commits SOURCE.md names");
        }
        return out;
    }

    /** Reads a labels file. */
    static List<Labels> read(InputStream in) throws IOException {
        List<Labels> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].length() != 64) {
                throw new IllegalArgumentException("line " + no + ": expected sha256 TAB tokens TAB spans, got: " + line);
            }
            int tokens = Integer.parseInt(f[1]);
            List<Span> spans = new ArrayList<>();
            for (String s : f[2].isBlank() ? new String[0] : f[2].strip().split(" +")) {
                int colon = s.indexOf(':');
                int dash = s.indexOf('-', colon);
                if (colon < 0 || dash < 0) {
                    throw new IllegalArgumentException("line " + no + ": span " + s + " is not TYPE:begin-end");
                }
                Span span = new Span(Integer.parseInt(s.substring(colon + 1, dash)), Integer.parseInt(s.substring(dash + 1)),
                        EntityType.valueOf(s.substring(0, colon)));
                if (span.end() > tokens || (!spans.isEmpty() && span.begin() < spans.get(spans.size() - 1).end())) {
                    throw new IllegalArgumentException("line " + no + ": span " + s + " overlaps or runs past the sentence");
                }
                spans.add(span);
            }
            out.add(new Labels(f[0], tokens, List.copyOf(spans)));
        }
        return out;
    }

    /** The key of a sentence: SHA-256 of its tokens joined by single spaces, in hex. */
    static String sha256(List<String> tokens) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", tokens).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels file a flag names: a path, or {@code classpath:RESOURCE}. */
    static InputStream open(String labels) throws IOException {
        if (labels.startsWith(UrduNerTrainer.CLASSPATH)) {
            String resource = labels.substring(UrduNerTrainer.CLASSPATH.length());
            InputStream in = UrduHandLabels.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalArgumentException(LABELS_KEY + "=" + labels + ": no such resource on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(labels));
    }
}
