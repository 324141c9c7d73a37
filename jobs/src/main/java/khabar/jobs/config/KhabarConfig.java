package khabar.jobs.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import khabar.core.nlp.EnglishNerOptions;
import khabar.core.nlp.NlpSettings;
import khabar.core.read.DumpFormat;
import khabar.core.read.ReadOptions;

/**
 * The job's settings, typed and validated. Built by {@link ConfigLoader}; one accessor per key, and
 * every key read only here.
 *
 * @param input             input path template ({@code {date}}, {@code {yyyy}}, {@code {MM}}, {@code {dd}})
 * @param warehouse         root of the Parquet tables
 * @param master            Spark master for embedded runs
 * @param shufflePartitions {@code spark.sql.shuffle.partitions} for the job
 * @param maxRecordBytes    records over this size are rejected
 * @param readFormat        the format every dump is read as, or null to detect it per file ({@code auto})
 * @param nlp               the analyzers' settings
 * @param analyzeDuplicates whether duplicates get sentences and entities
 * @param rejectMaxRatio    the run fails above this share of rejects
 * @param datesPerJob       how many dates a backfill processes together in one Spark job
 * @param effective         the merged configuration, for printing and the config digest
 */
public record KhabarConfig(String input, String warehouse, String master, int shufflePartitions,
                           int maxRecordBytes, DumpFormat readFormat, NlpSettings nlp, boolean analyzeDuplicates, double rejectMaxRatio,
                           int datesPerJob, Map<String, String> effective) implements Serializable {

    static final Set<String> KEYS = Set.of("input", "warehouse", "spark.master", "spark.shuffle-partitions",
            "read.max-record-bytes", "read.format", "nlp.english.ner-models", "nlp.english.pos-lemma", "nlp.english.sutime",
            "nlp.english.numeric-classifiers", "nlp.english.fine-grained", "nlp.corenlp-languages",
            "nlp.max-section-chars", "nlp.max-sentence-tokens",
            "nlp.analyze-duplicates", "rejects.max-ratio", "backfill.dates-per-job");

    public KhabarConfig {
        effective = Map.copyOf(effective);
    }

    /** Reads and checks the {@code khabar} block of {@code root}; errors name the key and the fix. */
    static KhabarConfig from(Config root) {
        Config c = root.getConfig("khabar");
        for (Map.Entry<String, ConfigValue> e : c.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new ConfigProblem("khabar." + e.getKey(), "is not a khabar setting (known: "
                        + String.join(", ", new TreeSet<>(KEYS)) + ")", e.getValue().origin().description());
            }
        }
        String input = nonBlank(c, "input");
        String warehouse = nonBlank(c, "warehouse");
        String master = nonBlank(c, "spark.master");
        int shuffle = intAtLeast(c, "spark.shuffle-partitions", 1);
        int maxRecord = intAtLeast(c, "read.max-record-bytes", 1024);
        DumpFormat format = format(c, "read.format");
        EnglishNerOptions english = NlpConfig.english(c);
        List<String> corenlpLanguages = NlpConfig.corenlpLanguages(c);
        int maxSection = intAtLeast(c, "nlp.max-section-chars", 1000);
        int maxSentence = intAtLeast(c, "nlp.max-sentence-tokens", 10);
        boolean dups = get(c, "nlp.analyze-duplicates", () -> c.getBoolean("nlp.analyze-duplicates"));
        double ratio = get(c, "rejects.max-ratio", () -> c.getDouble("rejects.max-ratio"));
        if (ratio < 0 || ratio > 1) {
            throw new ConfigProblem("khabar.rejects.max-ratio", "must be between 0 and 1, is " + ratio,
                    c.getValue("rejects.max-ratio").origin().description());
        }
        int datesPerJob = intAtLeast(c, "backfill.dates-per-job", 1);
        Map<String, String> effective = new TreeMap<>();
        for (String k : KEYS) {
            effective.put("khabar." + k, c.getValue(k).render(ConfigRenderOptions.concise()));
        }
        return new KhabarConfig(input, warehouse, master, shuffle, maxRecord, format,
                new NlpSettings(english, corenlpLanguages, maxSection, maxSentence), dups, ratio, datesPerJob, effective);
    }

    interface Read<T> {
        T get();
    }

    static <T> T get(Config c, String key, Read<T> read) {
        try {
            return read.get();
        } catch (ConfigException.Missing e) {
            throw new ConfigProblem("khabar." + key, "is missing: set it in conf/khabar.conf or with --conf", "");
        } catch (ConfigException.WrongType e) {
            throw new ConfigProblem("khabar." + key, "has the wrong type: " + e.getMessage(), "");
        }
    }

    private static String nonBlank(Config c, String key) {
        String v = get(c, key, () -> c.getString(key));
        if (v.isBlank()) {
            throw new ConfigProblem("khabar." + key, "must not be blank", c.getValue(key).origin().description());
        }
        return v;
    }

    private static int intAtLeast(Config c, String key, int min) {
        int v = get(c, key, () -> c.getInt(key));
        if (v < min) {
            throw new ConfigProblem("khabar." + key, "must be at least " + min + ", is " + v,
                    c.getValue(key).origin().description());
        }
        return v;
    }

    private static DumpFormat format(Config c, String key) {
        String v = get(c, key, () -> c.getString(key));
        try {
            return DumpFormat.fromSetting(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem("khabar." + key, e.getMessage(), c.getValue(key).origin().description());
        }
    }

    /** How the readers read: the format setting and the record size limit, other limits at their defaults. */
    public ReadOptions readOptions() {
        return ReadOptions.defaults().withFormat(readFormat).withMaxRecordBytes(maxRecordBytes);
    }

    /** The effective settings, one {@code key = value} a line, sorted. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(effective).forEach((k, v) -> b.append("  ").append(k).append(" = ").append(v).append('\n'));
        return b.toString();
    }
}
