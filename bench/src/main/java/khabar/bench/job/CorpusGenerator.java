package khabar.bench.job;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a synthetic news corpus for benchmarks: N articles in Urdu and English at a chosen mix, as
 * news-please JSON Lines dumps ({@code title, maintext, date_publish, language, url, source_domain}),
 * gzipped, {@link Settings#articlesPerFile} articles a file, under {@code <out>/<date>/}: the layout the
 * nightly job reads ({@code --input <out>/{date}}).
 * <p>
 * Text: sentences expanded from a small grammar per language ({@code khabar/bench/<lang>.grammar}: names,
 * places, numbers, weekdays drawn from lists) with, now and then, a sentence of the bundled samples (its
 * places, weekdays and numbers redrawn). Each article draws its own title, dateline, 8–20 sentences and
 * paragraphs, so exact and near-duplicate detection find (almost) nothing to remove. Article {@code i}
 * depends only on the seed and {@code i}: the same settings write the same bytes.
 */
public final class CorpusGenerator {
    /** Share of body sentences taken from the samples. */
    static final double SAMPLE_SHARE = 0.1;
    private static final String[] EN_DOMAINS = {"dawn-wire.example", "frontier-post.example", "gulf-desk.example",
        "levant-daily.example", "indus-times.example"};
    private static final String[] UR_DOMAINS = {"khabarnama.example", "awaz-e-shehr.example", "roznama-sahil.example",
        "urdu-wire.example", "nai-subah.example"};
    private static final String[] EN_AGENCIES = {"AFP", "Reuters", "AP", "APP"};
    private static final String[] UR_AGENCIES = {"اے ایف پی", "رائٹرز", "اے پی پی", "نمائندہ خصوصی"};

    /**
     * @param articles        how many articles (1 ..)
     * @param mix             language shares
     * @param seed            random seed: same seed, same corpus
     * @param date            the dump date (folder name, and the day of date_publish)
     * @param samples         folder of sample dumps whose sentences are mixed in (null or missing: grammar only)
     * @param articlesPerFile articles per .jsonl.gz file
     */
    public record Settings(int articles, Mix mix, long seed, LocalDate date, Path samples, int articlesPerFile) {
        public Settings {
            if (articles < 1 || articlesPerFile < 1) {
                throw new IllegalArgumentException("articles and articles per file must be positive");
            }
        }
    }

    /** What was written: the date folder, the files, articles per language, bytes. */
    public record Result(Path dateDir, List<Path> files, Map<String, Integer> articlesByLanguage, long bytes) {
    }

    private final Settings settings;
    private final Map<String, Grammar> grammars = new HashMap<>();
    private final Map<String, Map<String, List<String>>> substitutions = new HashMap<>();
    private final SampleSentences samples;

    public CorpusGenerator(Settings settings) {
        this.settings = settings;
        for (String language : settings.mix().shares().keySet()) {
            Grammar g = Grammar.bundled(language);
            grammars.put(language, g);
            Map<String, List<String>> words = new HashMap<>();
            for (String section : List.of("city", "country", "weekday")) {
                for (String word : g.alternatives(section)) {
                    words.put(word, g.alternatives(section));
                }
            }
            substitutions.put(language, words);
        }
        this.samples = SampleSentences.read(settings.samples());
    }

    /** Writes the corpus under {@code out/<date>/} (files there of the same names are replaced). */
    public Result write(Path out) {
        Path dir = out.resolve(settings.date().toString());
        List<Path> files = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        long bytes = 0;
        JsonFactory json = new JsonFactory();
        try {
            Files.createDirectories(dir);
            for (int first = 0; first < settings.articles(); first += settings.articlesPerFile()) {
                Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl.gz", files.size()));
                try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
                     JsonGenerator gen = json.createGenerator(os, JsonEncoding.UTF8)) {
                    gen.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                    int last = Math.min(settings.articles(), first + settings.articlesPerFile());
                    for (int i = first; i < last; i++) {
                        Article a = article(i);
                        counts.merge(a.language(), 1, Integer::sum);
                        gen.writeStartObject();
                        gen.writeStringField("title", a.title());
                        gen.writeStringField("maintext", a.text());
                        gen.writeStringField("date_publish", a.published());
                        gen.writeStringField("language", a.language());
                        gen.writeStringField("url", a.url());
                        gen.writeStringField("source_domain", a.domain());
                        gen.writeEndObject();
                    }
                    gen.writeRaw('\n');
                }
                files.add(file);
                bytes += Files.size(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(dir, files, counts, bytes);
    }

    /** One generated article. */
    record Article(String language, String title, String text, String published, String url, String domain) {
    }

    /** Article {@code i}: a function of the seed and {@code i} only. */
    Article article(int i) {
        SplittableRandom random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + i);
        String language = settings.mix().draw(random);
        Grammar g = grammars.get(language);
        boolean urdu = language.equals("ur");
        String title = g.expand("title", random);
        StringBuilder text = new StringBuilder(2048);
        String city = g.expand("city", random);
        String agency = (urdu ? UR_AGENCIES : EN_AGENCIES)[random.nextInt(4)];
        text.append(urdu ? city : city.toUpperCase(Locale.ROOT)).append(" (").append(agency).append(urdu ? ") – " : ") — ");
        int sentences = random.nextInt(8, 21);
        int inParagraph = 0;
        int paragraphSize = random.nextInt(1, 4);
        for (int s = 0; s < sentences; s++) {
            String sentence = random.nextDouble() < SAMPLE_SHARE
                    ? samples.substituted(language, substitutions.get(language), random) : null;
            if (sentence == null) {
                sentence = g.expand("sentence", random);
            }
            if (inParagraph == paragraphSize) {
                text.append('\n');
                inParagraph = 0;
                paragraphSize = random.nextInt(1, 4);
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(sentence);
            inParagraph++;
        }
        String published = String.format(Locale.ROOT, "%s %02d:%02d:%02d", settings.date(), random.nextInt(24),
                random.nextInt(60), random.nextInt(60));
        String domain = (urdu ? UR_DOMAINS : EN_DOMAINS)[random.nextInt(5)];
        String url = String.format(Locale.ROOT, "https://%s/%d/%02d/%02d/%s-%d-%08x", domain, settings.date().getYear(),
                settings.date().getMonthValue(), settings.date().getDayOfMonth(), language, i, random.nextInt());
        return new Article(language, title, text.toString(), published, url, domain);
    }
}
