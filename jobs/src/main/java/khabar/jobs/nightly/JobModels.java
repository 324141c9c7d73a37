package khabar.jobs.nightly;

import java.util.List;

import khabar.core.event.EventCoder;
import khabar.core.lang.Analyzers;
import khabar.core.lang.LanguageIdentifier;
import khabar.core.link.EntityLinker;
import khabar.core.urdu.ner.UrduNer;
import khabar.jobs.SparkSessions;
import khabar.jobs.config.KhabarConfig;
import khabar.jobs.sections.ShippedSectionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models a run's tasks use (language identifier, analysers with their NER, linker, event coders, section
 * scorer), each a per-JVM singleton the first task that needs it loads. When the driver runs the tasks
 * itself (a {@code local} master) they can be loaded while the session starts and the dumps are read,
 * instead of inside the first analysis task: the loading takes seconds of CPU that a second core can give.
 */
public final class JobModels {
    private static final Logger LOG = LoggerFactory.getLogger(JobModels.class);
    private static final List<String> LANGUAGES = List.of("en", "ur");

    private JobModels() {
    }

    /** Loads every model now (the benchmark's start-up measure; the warm-up's work). */
    public static void load(KhabarConfig config) {
        LanguageIdentifier.shared();
        EntityLinker.shared();
        UrduNer.get();
        for (String language : LANGUAGES) {
            Analyzers.forLanguage(language, config.nlp());
            EventCoder.forLanguage(language);
        }
        ShippedSectionModel.scorer();
    }

    /**
     * With a local master, starts loading the models on a daemon thread and returns it; otherwise (the
     * executors are other JVMs) does nothing and returns {@code null}. A task that needs a model the thread
     * is loading waits for it (the singletons load once); a model that fails to load fails the task that
     * needs it, with its own message, so the thread only logs.
     */
    public static Thread warmUpIfLocal(KhabarConfig config) {
        if (!SparkSessions.master(config.master()).startsWith("local")) {
            return null;
        }
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            try {
                load(config);
                LOG.info("khabar: models loaded ahead in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("khabar: loading the models ahead failed ({}); the tasks load them", e.toString());
            }
        }, "khabar-models");
        loader.setDaemon(true);
        loader.start();
        return loader;
    }
}
