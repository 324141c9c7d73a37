package khabar.core.read;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures JSON Lines reading on one thread (not a test): writes N news-please lines of about 2 KB to a
 * temporary file, then reads it three times and prints records per second of the best run.
 * {@code java -cp core/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) khabar.core.read.JsonLinesThroughput 100000}
 */
public final class JsonLinesThroughput {
    private JsonLinesThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("khabar-throughput", ".jsonl");
        String body = "The council met on Thursday to discuss the budget for the coming year and the repairs. ".repeat(20);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write("{\"url\":\"https://example.com/" + i + "\",\"title\":\"Story " + i + "\",\"source_domain\":\"example.com\","
                        + "\"date_publish\":\"2024-07-12 10:00:00\",\"language\":\"en\",\"authors\":[\"A. Writer\"],"
                        + "\"maintext\":\"" + body + i + "\"}\n");
            }
        }
        long bytes = Files.size(file);
        double best = 0;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            long count = 0;
            try (DumpReader r = DumpReaders.open(file)) {
                for (DumpRecord rec : r) {
                    count += rec instanceof RawArticle ? 1 : 0;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, count / s);
            System.out.printf("run %d: %d records, %.1f MB in %.2f s: %.0f records/s, %.0f MB/s%n",
                    run, count, bytes / 1e6, s, count / s, bytes / 1e6 / s);
        }
        System.out.printf("best: %.0f records/s%n", best);
        Files.delete(file);
    }
}
