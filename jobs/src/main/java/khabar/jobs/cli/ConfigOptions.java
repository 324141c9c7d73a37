package khabar.jobs.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import khabar.jobs.config.ConfigLoader;
import khabar.jobs.config.KhabarConfig;
import picocli.CommandLine.Option;

/** Flags shared by every command that reads the warehouse or runs Spark; they override the config files. */
final class ConfigOptions {
    @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/khabar.conf")
    Path conf;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "root of the Parquet tables (khabar.warehouse)")
    String warehouse;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for embedded runs (khabar.spark.master)")
    String master;

    /** The flags given, as khabar.* keys. */
    Map<String, Object> overrides() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (warehouse != null) {
            m.put("khabar.warehouse", warehouse);
        }
        if (master != null) {
            m.put("khabar.spark.master", master);
        }
        return m;
    }

    /**
     * The configuration of a job run (nightly, backfill): {@code --input TEMPLATE} when given overrides
     * {@code khabar.input}; the effective configuration is printed to stderr, where the operator's log keeps it.
     */
    KhabarConfig loadForJob(String input) {
        KhabarConfig config = load(input == null ? Map.of() : Map.of("khabar.input", input));
        System.err.println("khabar: effective configuration\n" + config.describe());
        return config;
    }

    KhabarConfig load(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(overrides());
        all.putAll(more);
        return ConfigLoader.load(conf, all);
    }
}
