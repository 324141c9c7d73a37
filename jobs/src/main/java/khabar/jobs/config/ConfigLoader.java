package khabar.jobs.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import khabar.core.config.BundledDefaults;
import khabar.core.config.ConfigProblem;

/**
 * Builds the {@link KhabarConfig} with one precedence: command-line flags, then the file given with
 * {@code --conf}, then {@code conf/khabar.conf} (bundled in the core jar as {@code khabar.conf},
 * {@link BundledDefaults}, so spark-submit runs have the same defaults).
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * @param confFile  the {@code --conf} file, or null
     * @param overrides flags as {@code khabar.*} keys to values (e.g. {@code khabar.warehouse -> /data/wh})
     */
    public static KhabarConfig load(Path confFile, Map<String, ?> overrides) {
        Config config = BundledDefaults.load();
        if (confFile != null) {
            if (!Files.isRegularFile(confFile)) {
                throw new ConfigProblem("--conf", "file " + confFile + " does not exist", "");
            }
            try {
                config = ConfigFactory.parseFile(confFile.toFile()).withFallback(config);
            } catch (ConfigException.Parse e) {
                throw new ConfigProblem("--conf", "file " + confFile + " does not parse: " + e.getMessage(), "");
            }
        }
        config = ConfigFactory.parseMap(overrides, "command line").withFallback(config).resolve();
        return KhabarConfig.from(config);
    }
}
