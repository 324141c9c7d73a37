package khabar.jobs.clusters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The word-cluster file CoreNLP's CRF reads with {@code useDistSim=true} and {@code distSimLexicon=FILE}: one
 * {@code word<TAB>clusterId} a line, CoreNLP's default {@code distSimFileFormat} ("alexclark": word first, the line
 * split at whitespace), UTF-8, sorted by word (String order). A name ending in {@code .gz} is gzipped, and CoreNLP
 * ({@code IOUtils.inputStreamFromFile}) unzips by that same test. The bytes depend only on the map: Java's gzip
 * header carries no time stamp.
 */
public final class ClusterLexicon {
    private ClusterLexicon() {
    }

    /** Writes {@code clusters} to {@code file} (through a temporary file next to it, then moved into place). */
    public static void write(Map<String, Integer> clusters, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stay on the file moved into place
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            boolean gzip = file.getFileName().toString().endsWith(".gz");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream os = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
                for (Map.Entry<String, Integer> e : new TreeMap<>(clusters).entrySet()) {
                    w.write(e.getKey());
                    w.write('\t');
                    w.write(Integer.toString(e.getValue()));
                    w.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a file written by {@link #write}: word to cluster id, sorted by word. */
    public static SortedMap<String, Integer> read(Path file) throws IOException {
        SortedMap<String, Integer> out = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream is = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IOException(file + ": not a word<TAB>cluster line: " + line);
                }
                out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
            }
        }
        return out;
    }
}
