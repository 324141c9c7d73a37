package khabar.core.config;

/** A setting that is missing, mistyped or out of range; the message names the key, where it was set, and the fix. */
public final class ConfigProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigProblem(String key, String problem, String origin) {
        super("config: " + key + " " + problem + (origin == null || origin.isBlank() ? "" : " (set in " + origin + ")"));
    }
}
