package khabar.core.urdu.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.urdu.UrduSentenceSplitter;

/**
 * Draws sentences of unlabeled Urdu news for hand labelling ({@link UrduHandLabels}): the self-training
 * candidates (8–60 tokens, split and tokenized as the trainer reads them), minus every line (an article or a
 * paragraph) that shares a run of {@value #RUN} tokens with a gold file given to exclude (the blind and dev
 * sets: their text is compared, their labels are not read), shuffled with a seed.
 *
 * <pre>java -cp CP khabar.core.urdu.ner.UrduHandLabelSample DIR N SEED EXCLUDE.bio... &gt; sample.tsv</pre>
 * prints {@code sha256 TAB tokens TAB the tokens joined by spaces}.
 */
public final class UrduHandLabelSample {
    static final int RUN = 5;

    private UrduHandLabelSample() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Set<String> excluded = new HashSet<>();
        for (int i = 3; i < args.length; i++) {
            for (GoldSentence s : GoldReader.read(Path.of(args[i]), GoldFormat.BIO)) {
                excluded.addAll(runs(s.tokens()));
            }
        }
        List<List<String>> drawn = sample(dir, n, seed, excluded);
        for (List<String> tokens : drawn) {
            System.out.println(UrduHandLabels.sha256(tokens) + "\t" + tokens.size() + "\t" + String.join(" ", tokens));
        }
    }

    static List<List<String>> sample(Path dir, int n, long seed, Set<String> excluded) throws IOException {
        UrduSentenceSplitter splitter = UrduSentenceSplitter.standard();
        Set<List<String>> pool = new LinkedHashSet<>();
        int skippedLines = 0;
        for (Path f : UrduSelfTraining.textFiles(dir)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                List<List<String>> sentences = UrduSelfTraining.sentencesOf(splitter, line);
                if (sentences.stream().anyMatch(tokens -> runs(tokens).stream().anyMatch(excluded::contains))) {
                    skippedLines++;
                } else {
                    sentences.stream().filter(UrduSelfTraining::isCandidate).forEach(pool::add);
                }
            }
        }
        System.err.printf("%d candidate sentences, %d lines left out for sharing a %d-token run with an excluded file%n",
                pool.size(), skippedLines, RUN);
        List<List<String>> all = new ArrayList<>(pool);
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }

    private static Set<String> runs(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + RUN <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + RUN)));
        }
        return out;
    }
}
