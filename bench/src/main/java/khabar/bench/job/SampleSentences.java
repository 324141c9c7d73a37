package khabar.bench.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import khabar.core.read.DumpReader;
import khabar.core.read.DumpReaders;
import khabar.core.read.DumpRecord;
import khabar.core.read.RawArticle;

/**
 * The sentences of the bundled sample articles (the Urdu seed among them), by language, read with
 * khabar's own dump readers. The generator mixes them into its grammar text after substituting their
 * places, weekdays and numbers, so that the corpus keeps some real wire-story sentences without
 * repeating them verbatim.
 */
final class SampleSentences {
    private static final Pattern URDU_END = Pattern.compile("(?<=[۔؟!])\\s+");
    private static final Pattern ENGLISH_END = Pattern.compile("(?<=[.?!][\"”’]?)\\s+(?=[A-Z\"“])");
    private static final Pattern DIGITS = Pattern.compile("[0-9۰-۹]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private final Map<String, List<String>> byLanguage;

    private SampleSentences(Map<String, List<String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Sentences of every readable article under {@code dir} (none when it does not exist). */
    static SampleSentences read(Path dir) {
        Map<String, List<String>> out = new HashMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return new SampleSentences(out);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            try (DumpReader reader = DumpReaders.open(f)) {
                for (DumpRecord r : reader) {
                    if (r instanceof RawArticle a && a.text() != null) {
                        addSentences(a.text(), out);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a sample the readers cannot open is not needed for the corpus
            }
        }
        return new SampleSentences(out);
    }

    private static void addSentences(String text, Map<String, List<String>> out) {
        for (String paragraph : text.split("\\n+")) {
            boolean urdu = isUrdu(paragraph);
            for (String s : (urdu ? URDU_END : ENGLISH_END).split(paragraph.strip())) {
                if (s.split("\\s+").length >= 6) {
                    out.computeIfAbsent(urdu ? "ur" : "en", k -> new ArrayList<>()).add(s.strip());
                }
            }
        }
    }

    static boolean isUrdu(String s) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) {
                arabic++;
            } else if (Character.isLetter(c) && c < 0x0250) {
                latin++;
            }
        }
        return arabic > latin;
    }

    List<String> of(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    /**
     * A random sample sentence of {@code language} with its numbers redrawn and each word that is a key of
     * {@code alternativesOfWord} (a city, country or weekday of the grammar) replaced by a random one of its
     * alternatives; null when there are no samples in that language.
     */
    String substituted(String language, Map<String, List<String>> alternativesOfWord, SplittableRandom random) {
        List<String> sentences = of(language);
        if (sentences.isEmpty()) {
            return null;
        }
        String s = sentences.get(random.nextInt(sentences.size()));
        Matcher d = DIGITS.matcher(s);
        StringBuilder numbers = new StringBuilder();
        while (d.find()) {
            int len = Math.min(4, d.group().length());
            int value = random.nextInt(len == 1 ? 2 : (int) Math.pow(10, len - 1), (int) Math.pow(10, len));
            d.appendReplacement(numbers, Integer.toString(value));
        }
        d.appendTail(numbers);
        Matcher w = WORD.matcher(numbers);
        StringBuilder words = new StringBuilder();
        while (w.find()) {
            List<String> alternatives = alternativesOfWord.get(w.group());
            String replacement = alternatives == null ? w.group() : alternatives.get(random.nextInt(alternatives.size()));
            w.appendReplacement(words, Matcher.quoteReplacement(replacement));
        }
        w.appendTail(words);
        return words.toString();
    }
}
