package khabar.jobs.sections;

import java.util.List;

/** The news desks an article is put in ({@code articles.section}), in the model's label order. */
public final class Sections {
    /** The labels; a label's index in this list is its class index in the model. */
    public static final List<String> LABELS = List.of("politics", "world", "business", "sport", "science-technology",
            "entertainment-culture", "health", "crime-courts", "other");

    /** The class-path folder of the shipped model (a Spark ML {@code PipelineModel} written with {@code write()}). */
    public static final String MODEL_RESOURCE = "khabar/sections/model";

    /** The file in the model folder that lists the model's files, one path relative to the folder a line. */
    public static final String FILES = "files.txt";
    /** The model's {@link SectionScorer}, serialized, in the model folder: what the nightly job reads on each executor. */
    public static final String SCORER = "scorer.ser.gz";

    private Sections() {
    }

    /** The class index of {@code label}. */
    public static int index(String label) {
        int i = LABELS.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown section '" + label + "'; the sections are " + String.join(", ", LABELS));
        }
        return i;
    }
}
