package khabar.core.read;

import static khabar.core.read.WarcGzipRangesTest.fixedCuts;
import static khabar.core.read.WarcGzipRangesTest.randomCuts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines gzip of many members, cut at arbitrary bytes as bgzip cuts them (lines crossing member
 * boundaries, members ending exactly at a newline, members of a few bytes, a line spread over several
 * members), read in byte ranges ({@link DumpReaders#openRange}) gives exactly the records and offsets of a
 * whole read, whatever the cut; a single-stream file keeps its line numbers.
 */
class JsonLinesGzipRangesTest {
    private static final int LINES = 4000;

    @TempDir
    static Path dir;
    static Path file;
    static byte[] plain;
    static List<Long> memberStarts = new ArrayList<>();
    /** Where each member's text begins in the uncompressed lines. */
    static List<Integer> memberTextStarts = new ArrayList<>();
    static List<String> whole;

    @BeforeAll
    static void writeAndReadWhole() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int i = 0; i < LINES; i++) {
            String line;
            if (i % 97 == 5) {
                line = "{\"title\": broken json";
            } else if (i % 211 == 9) {
                line = "";
            } else {
                String body = "Paragraph " + i + " " + "word ".repeat(random.nextInt(5, i % 500 == 3 ? 20_000 : 300));
                line = "{\"title\":\"Story " + i + "\",\"maintext\":\"" + body + "\",\"url\":\"https://news.example/s/" + i
                        + "\",\"language\":\"en\",\"date_publish\":\"2024-07-25 10:00:00\"}";
            }
            text.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        plain = text.toByteArray();
        // members cut at arbitrary bytes, some exactly after a newline, some tiny
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < plain.length) {
            int n;
            int kind = random.nextInt(10);
            if (kind == 0) {
                n = random.nextInt(1, 8);
            } else if (kind == 1) {
                int nl = indexOf(plain, (byte) '\n', at + 1);
                n = (nl < 0 ? plain.length : nl + 1) - at;
            } else {
                n = random.nextInt(500, 40_000);
            }
            n = Math.min(n, plain.length - at);
            memberStarts.add((long) out.size());
            memberTextStarts.add(at);
            out.write(MultiMemberWarc.gzip(java.util.Arrays.copyOfRange(plain, at, at + n), 1));
            at += n;
        }
        file = dir.resolve("bgzip-like.jsonl.gz");
        Files.write(file, out.toByteArray());
        whole = WarcGzipRangesTest.wholeRead(file);
    }

    /** Non-blank lines whose newline lies before {@code textOffset}. */
    private static int linesEndingBefore(int textOffset) {
        int n = 0;
        int from = 0;
        for (int nl; (nl = indexOf(plain, (byte) '\n', from)) >= 0 && nl < textOffset; from = nl + 1) {
            if (nl > from) {
                n++;
            }
        }
        return n;
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void wholeReadGivesEveryLineOnceWithMemberLineOffsets() {
        long broken = whole.stream().filter(k -> k.endsWith(" MALFORMED_JSON")).count();
        assertThat(memberStarts).hasSizeGreaterThan(100);
        assertThat(whole).hasSize(LINES - (LINES + 201) / 211); // a record or reject for every line but the blank ones
        assertThat(broken).isEqualTo((LINES + 91) / 97);
        assertThat(whole.get(0)).startsWith("0 article https://news.example/s/0 ");
        assertThat(whole.get(1)).startsWith("1 article https://news.example/s/1 ");
        // every offset names a member start and a line number in it, and none repeats
        assertThat(whole.stream().map(k -> k.split(" ")[0]).distinct().count()).isEqualTo(whole.size());
        assertThat(whole).allSatisfy(k -> assertThat(memberStarts)
                .contains(Long.parseLong(k.split(" ")[0]) >>> JsonLinesReader.LINE_BITS));
    }

    @Test
    void isSplittableAndRangesOfManySizesReadEachLineOnce() throws IOException {
        long size = Files.size(file);
        assertThat(DumpReaders.splittable(WarcGzipRangesTest.head(file), ReadOptions.defaults())).isTrue();
        for (long rangeBytes : new long[] {size / 3 + 1, 64 << 10, 5000, 300}) {
            assertThat(WarcGzipRangesTest.rangeReads(file, fixedCuts(size, rangeBytes))).as("ranges of %d bytes", rangeBytes)
                    .isEqualTo(whole);
        }
        assertThat(WarcGzipRangesTest.rangeReads(file, randomCuts(size, 300))).isEqualTo(whole);
        List<Long> atMembers = new ArrayList<>(memberStarts);
        atMembers.add(size);
        assertThat(WarcGzipRangesTest.rangeReads(file, atMembers)).isEqualTo(whole);
    }

    @Test
    void aTruncatedLastMemberGivesTheSameRecordsAndTruncatedRejectWholeAndInRanges() throws IOException {
        long last = memberStarts.get(memberStarts.size() - 1);
        long size = Files.size(file);
        for (long cut : new long[] {last + (size - last) / 2, last + 12, size - 3}) {
            Path truncated = dir.resolve("truncated-" + cut + ".jsonl.gz");
            try (InputStream in = Files.newInputStream(file)) {
                Files.write(truncated, in.readNBytes((int) cut));
            }
            List<String> all = WarcGzipRangesTest.wholeRead(truncated);
            assertThat(all.get(all.size() - 1)).endsWith(" TRUNCATED");
            // every line that ends before the cut member's text is there (and maybe some of that member's)
            assertThat(all.size() - 1).isGreaterThanOrEqualTo(linesEndingBefore(memberTextStarts.get(memberTextStarts.size() - 1)));
            assertThat(whole).startsWith(all.subList(0, all.size() - 2).toArray(String[]::new));
            assertThat(WarcGzipRangesTest.rangeReads(truncated, fixedCuts(cut, 5000))).isEqualTo(all);
            assertThat(WarcGzipRangesTest.rangeReads(truncated, List.of(0L, last - 1, last + 1, cut))).isEqualTo(all);
        }
    }

    @Test
    void aSingleStreamIsReadWholeWithLineNumbers() throws IOException {
        Path single = dir.resolve("single.jsonl.gz");
        Files.write(single, MultiMemberWarc.gzip(plain, 6));
        assertThat(DumpReaders.splittable(WarcGzipRangesTest.head(single), ReadOptions.defaults())).isFalse();
        List<String> lines = WarcGzipRangesTest.wholeRead(single);
        assertThat(lines).hasSize(whole.size());
        for (int i = 0; i < 300; i++) {
            String[] k = lines.get(i).split(" ", 2);
            String[] w = whole.get(i).split(" ", 2);
            assertThat(k[1]).isEqualTo(w[1]);
        }
        // 0-based line numbers, blank lines counted, as for an uncompressed file
        Path uncompressed = dir.resolve("plain.jsonl");
        Files.write(uncompressed, plain);
        assertThat(lines).isEqualTo(WarcGzipRangesTest.wholeRead(uncompressed));
    }

    @Test
    void aCorruptMemberMidFileEndsTheWholeReadWithARejectWhileRangesReadOnAfterIt() throws IOException {
        // a large member in the middle, its deflate data damaged: CRC-32 or inflation fails there
        int m = memberStarts.size() / 3;
        for (int k = m; k < 2 * memberStarts.size() / 3; k++) {
            if (memberStarts.get(k + 1) - memberStarts.get(k) > memberStarts.get(m + 1) - memberStarts.get(m)) {
                m = k;
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        int at = (int) (memberStarts.get(m) + (memberStarts.get(m + 1) - memberStarts.get(m)) / 2);
        bytes[at] ^= (byte) 0x55;
        bytes[at + 1] ^= (byte) 0x55;
        Path corrupt = dir.resolve("corrupt-member.jsonl.gz");
        Files.write(corrupt, bytes);

        List<String> all = WarcGzipRangesTest.wholeRead(corrupt);
        String last = all.get(all.size() - 1);
        assertThat(last).doesNotContain(" article ");
        assertThat(whole).startsWith(all.subList(0, all.size() - 1).toArray(String[]::new));
        // in ranges, the lines of members after the damaged one (owned by later ranges) are read too
        List<String> ranged = WarcGzipRangesTest.rangeReads(corrupt, fixedCuts(bytes.length, 64 << 10));
        long rejects = ranged.stream().filter(k -> !k.contains(" article ") && !k.endsWith(" MALFORMED_JSON")).count();
        assertThat(rejects).isEqualTo(1);
        assertThat(ranged.size()).isGreaterThan(all.size() + 100);
        assertThat(ranged.get(ranged.size() - 1)).isEqualTo(whole.get(whole.size() - 1));
        assertThat(whole).containsAll(ranged.stream().filter(k -> k.contains(" article ")).toList());
    }

    @Test
    void aMemberLargerThanTheCheckedSizeIsServedInPartsAndWhole() throws IOException {
        // one gzip stream of the lines three times: over GzipMemberStream.VERIFY_BYTES, so it is inflated and
        // served part by part, checked at its end
        ByteArrayOutputStream thrice = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            thrice.write(plain);
        }
        assertThat(thrice.size()).isGreaterThan(GzipMemberStream.VERIFY_BYTES);
        Path big = dir.resolve("big-single.jsonl.gz");
        Files.write(big, MultiMemberWarc.gzip(thrice.toByteArray(), 1));
        Path uncompressed = dir.resolve("big-plain.jsonl");
        Files.write(uncompressed, thrice.toByteArray());
        assertThat(WarcGzipRangesTest.wholeRead(big)).hasSize(3 * whole.size())
                .isEqualTo(WarcGzipRangesTest.wholeRead(uncompressed));
    }
}
