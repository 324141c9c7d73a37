package khabar.jobs.nightly;

import java.time.LocalDate;
import java.util.List;

import khabar.jobs.config.KhabarConfig;
import org.apache.hadoop.conf.Configuration;

/**
 * One dump date's input: the resolved location and the files under it.
 *
 * @param date     the dump date
 * @param location the input template resolved for the date
 * @param files    every file under it, sorted, as URIs
 */
public record DateInput(LocalDate date, String location, List<String> files) {
    public DateInput {
        files = List.copyOf(files);
    }

    /**
     * Resolves {@code khabar.input} for {@code date} and lists it.
     *
     * @throws IllegalArgumentException when the location does not exist
     */
    public static DateInput list(KhabarConfig config, LocalDate date, Configuration hadoop) {
        String location = InputFiles.resolve(config.input(), date);
        return new DateInput(date, location, InputFiles.list(location, hadoop));
    }
}
