package khabar.jobs.stages;

import java.io.Serializable;

import khabar.core.text.StepTimes;

/**
 * Told how long the analysis of each article took, step by step ({@code nlp}, {@code link},
 * {@code events}, {@code total}) and per language, where the article is analysed (executor side, so it
 * is serialized with the stage). The nightly job runs with {@link #NONE}; benchmarks listen with
 * {@link AnalyzeTimers}.
 */
@FunctionalInterface
public interface AnalyseListener extends Serializable {
    /** Listens to nothing. */
    AnalyseListener NONE = language -> StepTimes.NONE;

    /** Where the step times of an article in {@code language} go. */
    StepTimes forLanguage(String language);
}
