package khabar.jobs.nightly;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** Resolves the input template for a date and lists every file under it, recursively. */
public final class InputFiles {
    private InputFiles() {
    }

    /** The template with {@code {date}}, {@code {yyyy}}, {@code {MM}}, {@code {dd}} filled in. */
    public static String resolve(String template, LocalDate date) {
        return template.replace("{date}", date.toString())
                .replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{MM}", String.format("%02d", date.getMonthValue()))
                .replace("{dd}", String.format("%02d", date.getDayOfMonth()));
    }

    /**
     * Every file under {@code location} (a file or a directory, local or Hadoop URI), sorted, as fully
     * qualified URIs. Names starting with "." or "_" are skipped (hidden and marker files).
     *
     * @throws IllegalArgumentException when the location does not exist, naming it
     */
    public static List<String> list(String location, Configuration hadoop) {
        Path root = new Path(location);
        try {
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.exists(root)) {
                throw new IllegalArgumentException("input " + location + " does not exist: check --input and --date");
            }
            List<String> files = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!hidden(f.getPath(), root)) {
                    files.add(f.getPath().toUri().toString());
                }
            }
            Collections.sort(files);
            return files;
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("input " + location + " does not exist: check --input and --date", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
    }

    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root) && p.getParent() != null; p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
