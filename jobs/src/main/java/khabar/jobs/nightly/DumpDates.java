package khabar.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Finds which dump dates exist under an input template whose {@code {date}} is a whole folder name. */
public final class DumpDates {
    private DumpDates() {
    }

    /**
     * The newest {@code YYYY-MM-DD} folder in the folder that holds {@code {date}} (for
     * {@code samples/{date}}: the newest folder of samples/).
     *
     * @throws IllegalArgumentException when the template has no {@code /{date}} folder or none exists
     */
    public static LocalDate newest(String template, Configuration hadoop) {
        if (folderOf(template) == null) {
            throw new IllegalArgumentException("no --date given and the input template " + template
                    + " has no {date} folder to look in: pass --date YYYY-MM-DD");
        }
        Optional<LocalDate> newest = available(template, hadoop).stream().max(LocalDate::compareTo);
        return newest.orElseThrow(() -> new IllegalArgumentException("no --date given and no YYYY-MM-DD "
                + "folder under " + folderOf(template) + ": pass --date YYYY-MM-DD"));
    }

    /** The dates that have a {@code YYYY-MM-DD} folder where the template's {@code {date}} is; empty if none. */
    public static List<LocalDate> available(String template, Configuration hadoop) {
        Path parent = folderOf(template);
        if (parent == null) {
            return List.of();
        }
        try {
            FileSystem fs = parent.getFileSystem(hadoop);
            FileStatus[] children = fs.exists(parent) ? fs.listStatus(parent) : new FileStatus[0];
            return Arrays.stream(children).filter(FileStatus::isDirectory)
                    .map(s -> s.getPath().getName()).filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .map(LocalDate::parse).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }

    private static Path folderOf(String template) {
        int at = template.indexOf("/{date}");
        if (at < 0) {
            return template.startsWith("{date}") ? new Path(".") : null;
        }
        return new Path(template.substring(0, at));
    }
}
