package khabar.core.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;

/**
 * {@code conf/khabar.conf}, the one source of khabar's defaults, as the core jar carries it (resource
 * {@value #RESOURCE}): the base of the job's configuration, and what {@code NlpSettings.defaults()} reads.
 */
public final class BundledDefaults {
    /** The class-path resource: conf/khabar.conf, copied by the build. */
    public static final String RESOURCE = "khabar/defaults/khabar.conf";

    private BundledDefaults() {
    }

    /** The whole file, unresolved (the job puts its --conf file and flags over it before resolving). */
    public static Config load() {
        return ConfigFactory.parseResources(BundledDefaults.class.getClassLoader(), RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false));
    }

    /** Its {@code khabar} block, resolved. */
    public static Config khabar() {
        return load().resolve().getConfig("khabar");
    }
}
