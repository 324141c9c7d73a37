package khabar.jobs.config;

import static khabar.core.config.ConfigReads.flag;
import static khabar.core.config.ConfigReads.get;
import static khabar.core.config.ConfigReads.intAtLeast;
import static khabar.core.config.ConfigReads.nonBlank;
import static khabar.core.config.ConfigReads.origin;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import khabar.core.config.ConfigProblem;
import khabar.core.nlp.NlpConfig;
import khabar.core.nlp.NlpSettings;
import khabar.core.read.DumpFormat;
import khabar.core.read.ReadOptions;

/**
 * The job's settings, typed and validated. Built by {@link ConfigLoader}; one accessor per key, and
 * every key read only here, but for the {@code khabar.nlp} keys of the {@link NlpSettings}, read by core's
 * {@link NlpConfig} (which also gives {@link NlpSettings#defaults()} from the same file).
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

    static final Set<String> KEYS = keys("input", "warehouse", "spark.master", "spark.shuffle-partitions",
            "read.max-record-bytes", "read.format", "nlp.analyze-duplicates", "rejects.max-ratio", "backfill.dates-per-job");

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
        NlpSettings nlp = NlpConfig.settings(c);
        boolean dups = flag(c, "nlp.analyze-duplicates");
        double ratio = get(c, "rejects.max-ratio", () -> c.getDouble("rejects.max-ratio"));
        if (ratio < 0 || ratio > 1) {
            throw new ConfigProblem("khabar.rejects.max-ratio", "must be between 0 and 1, is " + ratio,
                    origin(c, "rejects.max-ratio"));
        }
        int datesPerJob = intAtLeast(c, "backfill.dates-per-job", 1);
        Map<String, String> effective = new TreeMap<>();
        for (String k : KEYS) {
            effective.put("khabar." + k, c.getValue(k).render(ConfigRenderOptions.concise()));
        }
        return new KhabarConfig(input, warehouse, master, shuffle, maxRecord, format, nlp, dups, ratio, datesPerJob,
                effective);
    }

    /** The job's own keys and the NLP keys of {@link NlpConfig#KEYS}: every key of the {@code khabar} block. */
    private static Set<String> keys(String... own) {
        Set<String> all = new HashSet<>(Set.of(own));
        all.addAll(NlpConfig.KEYS);
        return Set.copyOf(all);
    }

    private static DumpFormat format(Config c, String key) {
        String v = get(c, key, () -> c.getString(key));
        try {
            return DumpFormat.fromSetting(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigProblem("khabar." + key, e.getMessage(), origin(c, key));
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
