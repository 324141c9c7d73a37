package khabar.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;

/**
 * Typed reads of one key of the {@code khabar} block, each failing with a {@link ConfigProblem} that names
 * the key, where it was set, and the fix. Keys are relative to the block ({@code nlp.max-section-chars}).
 */
public final class ConfigReads {
    private ConfigReads() {
    }

    /** How a value is read from the config ({@code () -> c.getInt(key)}). */
    public interface Read<T> {
        T get();
    }

    public static <T> T get(Config c, String key, Read<T> read) {
        try {
            return read.get();
        } catch (ConfigException.Missing e) {
            throw new ConfigProblem("khabar." + key, "is missing: set it in conf/khabar.conf or with --conf", "");
        } catch (ConfigException.WrongType e) {
            throw new ConfigProblem("khabar." + key, "has the wrong type: " + e.getMessage(), "");
        }
    }

    /** Where {@code key} was set, for error messages. */
    public static String origin(Config c, String key) {
        return c.getValue(key).origin().description();
    }

    public static String nonBlank(Config c, String key) {
        String v = get(c, key, () -> c.getString(key));
        if (v.isBlank()) {
            throw new ConfigProblem("khabar." + key, "must not be blank", origin(c, key));
        }
        return v;
    }

    public static int intAtLeast(Config c, String key, int min) {
        int v = get(c, key, () -> c.getInt(key));
        if (v < min) {
            throw new ConfigProblem("khabar." + key, "must be at least " + min + ", is " + v, origin(c, key));
        }
        return v;
    }

    public static boolean flag(Config c, String key) {
        return get(c, key, () -> c.getBoolean(key));
    }
}
