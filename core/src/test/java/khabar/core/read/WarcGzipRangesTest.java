package khabar.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-member WARC.gz read in byte ranges ({@link DumpReaders#openRange}) gives exactly the records
 * of a whole read, with the same offsets: none lost, none twice, whatever the cut.
 */
class WarcGzipRangesTest {
    private static final int RESPONSES = 3000;

    @TempDir
    static Path dir;
    static Path warc;
    static MultiMemberWarc written;
    static List<String> whole;

    @BeforeAll
    static void writeAndReadWhole() throws IOException {
        warc = dir.resolve("cc-news.warc.gz");
        written = new MultiMemberWarc();
        written.write(warc, RESPONSES);
        whole = wholeRead(warc);
    }

    @Test
    void wholeReadGivesEveryResponseAtItsMemberOffset() {
        assertThat(whole).hasSize(RESPONSES);
        Set<Long> starts = new HashSet<>(written.memberStarts);
        assertThat(whole).allSatisfy(key -> assertThat(starts).contains(Long.parseLong(key.split(" ")[0])));
        assertThat(whole.stream().filter(k -> k.contains("UNSUPPORTED_CONTENT")).count()).isEqualTo(RESPONSES / 50);
        assertThat(whole.get(3)).contains("article https://news.example/2024/07/25/story-3 ");
    }

    @Test
    void rejectsEveryHeaderLookalikeInsideMembers() throws IOException {
        byte[] bytes = Files.readAllBytes(warc);
        Set<Long> starts = new HashSet<>(written.memberStarts);
        List<Long> lookalikes = new ArrayList<>();
        for (int i = 0; i + GzipHeaders.CHECKED <= bytes.length; i++) {
            if (GzipHeaders.plausibleAt(bytes, i) && !starts.contains((long) i)) {
                lookalikes.add((long) i);
            }
        }
        // the gzip-encoded bodies and the gzipped WARC records stored verbatim inside members
        assertThat(lookalikes).hasSizeGreaterThanOrEqualTo(RESPONSES / 7);
        PositionedFile file = MultiMemberWarc.positioned(warc);
        for (long at : lookalikes) {
            assertThat(GzipMemberSync.confirmed(file, at, "WARC/".getBytes())).as("lookalike at %d", at).isFalse();
        }
        for (long at : written.memberStarts.subList(0, 200)) {
            assertThat(GzipMemberSync.confirmed(file, at, "WARC/".getBytes())).as("member at %d", at).isTrue();
        }
    }

    @Test
    void rangesOfManySizesTogetherReadEachRecordOnce() throws IOException {
        long size = Files.size(warc);
        assertThat(DumpReaders.splittable(head(warc), ReadOptions.defaults())).isTrue();
        for (long rangeBytes : new long[] {size / 3 + 1, 64 << 10, 700}) {
            assertThat(rangeReads(warc, fixedCuts(size, rangeBytes))).as("ranges of %d bytes", rangeBytes)
                    .isEqualTo(whole);
        }
        assertThat(rangeReads(warc, randomCuts(size, 300))).isEqualTo(whole);
    }

    @Test
    void rangesWithoutAMemberStartReadNothing() throws IOException {
        long second = written.memberStarts.get(1);
        long third = written.memberStarts.get(2);
        assertThat(third - second).isGreaterThan(2);
        assertThat(read(warc, second + 1, third)).isEmpty();
        assertThat(read(warc, second, second + 1)).singleElement().asString().startsWith(second + " article");
    }

    @Test
    void aTruncatedLastMemberIsOneTruncatedRejectInWholeAndRangeReads() throws IOException {
        long last = written.memberStarts.get(written.memberStarts.size() - 1);
        long size = Files.size(warc);
        for (long cut : new long[] {last + (size - last) / 2, last + 12, size - 3}) {
            Path truncated = dir.resolve("truncated-" + cut + ".warc.gz");
            try (InputStream in = Files.newInputStream(warc)) {
                Files.write(truncated, in.readNBytes((int) cut));
            }
            List<String> all = wholeRead(truncated);
            // the records before the damaged member are all there; from the damaged member, its record when
            // what is left of it says enough (a header saying it is not HTML, or a body cut only in the
            // trailer), then the reject
            assertThat(all.subList(0, RESPONSES - 1)).isEqualTo(whole.subList(0, RESPONSES - 1));
            assertThat(all.subList(RESPONSES - 1, all.size())).hasSizeBetween(1, 2)
                    .allSatisfy(k -> assertThat(k).startsWith(last + " "))
                    .last().asString().isEqualTo(last + " TRUNCATED");
            assertThat(rangeReads(truncated, fixedCuts(cut, 5000))).isEqualTo(all);
            assertThat(rangeReads(truncated, List.of(0L, last - 1, last + 1, cut))).isEqualTo(all);
        }
    }

    @Test
    void aSingleGzipStreamIsNotSplittable() throws IOException {
        Path single = dir.resolve("single.warc.gz");
        byte[] plain;
        try (InputStream in = Compression.decompressed(Files.newInputStream(warc))) {
            plain = in.readNBytes(1 << 20);
        }
        Files.write(single, MultiMemberWarc.gzip(plain, 6));
        assertThat(DumpReaders.splittable(head(single), ReadOptions.defaults())).isFalse();
        assertThat(DumpReaders.splittable(head(warc), ReadOptions.defaults().withFormat(DumpFormat.JSONL))).isFalse();
    }

    static List<Long> fixedCuts(long size, long step) {
        List<Long> cuts = new ArrayList<>();
        for (long at = 0; at < size; at += step) {
            cuts.add(at);
        }
        cuts.add(size);
        return cuts;
    }

    static List<Long> randomCuts(long size, int n) {
        SplittableRandom r = new SplittableRandom(42);
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>(List.of(0L, size));
        while (cuts.size() < n) {
            cuts.add(r.nextLong(1, size));
        }
        return new ArrayList<>(cuts);
    }

    /** The records of consecutive ranges between {@code cuts}, in order. */
    static List<String> rangeReads(Path file, List<Long> cuts) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            out.addAll(read(file, cuts.get(i), cuts.get(i + 1)));
        }
        return out;
    }

    private static final java.util.Map<Path, byte[]> HEADS = new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> read(Path file, long start, long end) throws IOException {
        byte[] head = HEADS.containsKey(file) ? HEADS.get(file) : head(file);
        HEADS.put(file, head);
        try (DumpReader r = DumpReaders.openRange(file.toUri().toString(), MultiMemberWarc.positioned(file), head,
                start, end, ReadOptions.defaults())) {
            return keys(r);
        }
    }

    static List<String> wholeRead(Path file) throws IOException {
        try (DumpReader r = DumpReaders.open(file)) {
            return keys(r);
        }
    }

    /** offset, kind and url (articles) or reason code (rejects) of each record. */
    static List<String> keys(DumpReader reader) {
        List<String> out = new ArrayList<>();
        for (DumpRecord rec : reader) {
            if (rec instanceof RawArticle a) {
                out.add(a.originOffset() + " article " + a.url() + " " + a.text().length());
            } else {
                Reject j = (Reject) rec;
                out.add(j.originOffset() + " " + j.reasonCode());
            }
        }
        return out;
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DumpReaders.SPLIT_HEAD_BYTES);
        }
    }
}
