package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import khabar.core.read.ReadOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The split planner and the reader side of byte ranges, without Spark. */
class InputSplitsTest {
    private static final InputSplits.Settings SPARK_DEFAULTS =
            new InputSplits.Settings(128L << 20, InputSplits.DEFAULT_OPEN_COST_BYTES, 2);

    @TempDir
    Path dir;

    @Test
    void packsTwoThousandTinyFilesIntoFewSplitsEachFileOnce() {
        List<InputSplits.SizedFile> files = IntStream.range(0, 2000)
                .mapToObj(i -> new InputSplits.SizedFile("file:/in/" + i + ".txt", 1500)).toList();
        List<InputSplit> splits = InputSplits.plan(files, SPARK_DEFAULTS, f -> false);
        assertThat(splits).hasSizeBetween(2, 8);
        assertThat(splits.stream().flatMap(s -> s.parts().stream()).map(InputSplit.Part::file))
                .hasSize(2000).doesNotHaveDuplicates();
    }

    @Test
    void spreadsASmallInputOverTheCores() {
        List<InputSplits.SizedFile> files = IntStream.range(0, 40)
                .mapToObj(i -> new InputSplits.SizedFile("file:/in/" + i + ".txt", 4000)).toList();
        assertThat(InputSplits.plan(files, new InputSplits.Settings(128L << 20, 256L << 10, 8), f -> false))
                .hasSizeBetween(8, 10);
    }

    @Test
    void cutsALargeSplittableFileIntoRangesAndKeepsOthersWhole() {
        List<InputSplits.SizedFile> files = List.of(new InputSplits.SizedFile("file:/big.jsonl", 2L << 30),
                new InputSplits.SizedFile("file:/big.warc.gz", 1L << 30), new InputSplits.SizedFile("file:/a.txt", 100));
        List<InputSplit> splits = InputSplits.plan(files, SPARK_DEFAULTS, f -> f.uri().endsWith(".jsonl"));
        assertThat(splits).hasSize(16 + 2);
        assertThat(splits.subList(0, 16)).allMatch(s -> !s.parts().get(0).whole() && s.bytes() == 128L << 20);
        assertThat(splits.get(16).parts()).singleElement().satisfies(p -> assertThat(p.whole()).isTrue());
    }

    @Test
    void leavesNoSliverOfARangeAtTheEndOfAFile() {
        long size = (1L << 30) + 692;
        List<InputSplit> splits = InputSplits.plan(List.of(new InputSplits.SizedFile("file:/cc.warc.gz", size)),
                SPARK_DEFAULTS, f -> true);
        assertThat(splits).hasSize(8);
        assertThat(splits.get(7).parts().get(0).end()).isEqualTo(size);
        assertThat(splits.get(7).bytes()).isEqualTo((128L << 20) + 692);
    }

    @Test
    void readsEveryRecordOfAFiftyMegabyteJsonLinesFileExactlyOnceAcrossRanges() throws IOException {
        Path jsonl = dir.resolve("big.jsonl");
        int n = writeJsonl(jsonl, 50L << 20);
        long size = Files.size(jsonl);
        String uri = jsonl.toUri().toString();
        assertThat(ReadDumps.splittable(uri, new Configuration(), ReadOptions.defaults())).isTrue();
        List<InputSplit> splits = InputSplits.plan(List.of(new InputSplits.SizedFile(uri, size)),
                new InputSplits.Settings(12L << 20, 256L << 10, 2), f -> true);
        assertThat(splits).hasSizeGreaterThanOrEqualTo(4);

        HadoopConf hadoop = HadoopConf.of(new Configuration());
        List<String> ids = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (InputSplit split : splits) {
            for (Row r : ReadDumps.readSplit(split, hadoop, ReadOptions.defaults())) {
                assertThat(r.isNullAt(ReadDumps.RECORDS.fieldIndex("reason_code"))).isTrue();
                ids.add(r.getString(ReadDumps.RECORDS.fieldIndex("url")));
                offsets.add(r.getLong(ReadDumps.RECORDS.fieldIndex("origin_offset")));
            }
        }
        assertThat(ids).hasSize(n).doesNotHaveDuplicates();
        try (RandomAccessFile f = new RandomAccessFile(jsonl.toFile(), "r")) {
            long offset = offsets.get(n / 2);
            f.seek(offset);
            assertThat(f.readLine()).startsWith("{\"url\":\"" + ids.get(n / 2) + "\"");
        }
    }

    @Test
    void readsEveryRecordOfAMultiMemberWarcGzExactlyOnceAcrossRanges() throws IOException {
        Path warc = dir.resolve("cc-news.warc.gz");
        long responses = new SyntheticDumps().writeWarcGz(warc, 3L << 20);
        RangedAndWhole read = readInRangesAndWhole(warc, 12);
        assertThat(read.whole()).hasSize((int) responses).doesNotHaveDuplicates();
        assertThat(read.ranged()).isEqualTo(read.whole());
    }

    @Test
    void readsEveryRecordOfAMultiMemberJsonLinesGzExactlyOnceAcrossRanges() throws IOException {
        Path gz = dir.resolve("bgzip-like.jsonl.gz");
        long lines = new SyntheticDumps().writeJsonLinesGzMembers(gz, 3L << 20);
        RangedAndWhole read = readInRangesAndWhole(gz, 10);
        assertThat(read.whole()).hasSize((int) lines).doesNotHaveDuplicates();
        assertThat(read.whole()).noneMatch(k -> k.contains("TRUNCATED") || k.contains("MALFORMED"));
        assertThat(read.ranged()).isEqualTo(read.whole());
    }

    /** The record keys of a file read in the ranges of 256 KiB splits, in order, and read whole. */
    private record RangedAndWhole(List<String> ranged, List<String> whole) {
    }

    /** Plans {@code file} at 256 KiB splits (at least {@code minRanges} ranges) and reads it both ways. */
    private static RangedAndWhole readInRangesAndWhole(Path file, int minRanges) throws IOException {
        long size = Files.size(file);
        String uri = file.toUri().toString();
        assertThat(ReadDumps.splittable(uri, new Configuration(), ReadOptions.defaults())).isTrue();
        List<InputSplit> splits = InputSplits.plan(List.of(new InputSplits.SizedFile(uri, size)),
                new InputSplits.Settings(256L << 10, 256L << 10, 2), f -> true);
        assertThat(splits).hasSizeGreaterThanOrEqualTo(minRanges).allMatch(s -> !s.parts().get(0).whole());

        HadoopConf hadoop = HadoopConf.of(new Configuration());
        List<String> ranged = new ArrayList<>();
        for (InputSplit split : splits) {
            ReadDumps.readSplit(split, hadoop, ReadOptions.defaults()).forEach(r -> ranged.add(key(r)));
        }
        List<String> whole = ReadDumps.readSplit(new InputSplit(List.of(InputSplit.Part.whole(uri, size))), hadoop,
                ReadOptions.defaults()).stream().map(InputSplitsTest::key).toList();
        return new RangedAndWhole(ranged, whole);
    }

    /** origin offset and URL (or reject reason) of a record row. */
    private static String key(Row r) {
        int reason = ReadDumps.RECORDS.fieldIndex("reason_code");
        return r.getLong(ReadDumps.RECORDS.fieldIndex("origin_offset")) + " "
                + (r.isNullAt(reason) ? r.getString(ReadDumps.RECORDS.fieldIndex("url")) : r.getString(reason));
    }

    @Test
    void doesNotCutCompressedOrNonJsonLinesFiles() throws IOException {
        Path gz = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"title\":\"t\",\"maintext\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path text = Files.writeString(dir.resolve("a.txt"), "Title\n\nBody\n");
        Configuration conf = new Configuration();
        assertThat(ReadDumps.splittable(gz.toUri().toString(), conf, ReadOptions.defaults())).isFalse();
        assertThat(ReadDumps.splittable(text.toUri().toString(), conf, ReadOptions.defaults())).isFalse();
    }

    /** Writes JSON lines of about 500 bytes until {@code bytes}; returns how many. */
    static int writeJsonl(Path file, long bytes) throws IOException {
        String body = "Word ".repeat(80);
        int i = 0;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                String line = "{\"url\":\"https://example.com/" + i + "\",\"title\":\"Story " + i
                        + "\",\"maintext\":\"" + body + i + "\"}\n";
                w.write(line);
                written += line.length();
                i++;
            }
        }
        return i;
    }
}
