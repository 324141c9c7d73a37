package khabar.jobs.nightly;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes large synthetic dumps for timing the read stage (not a test, nothing committed): a news-please
 * JSON Lines file gzipped as one stream, and a CC-NEWS-shaped WARC.gz with one gzip member per record
 * (a warcinfo, then response records of HTML pages). Text is words drawn from a made-up vocabulary with a
 * fixed seed; gzip level 1, as fast to write as possible.
 * {@code java -cp ... khabar.jobs.nightly.SyntheticDumps DIR 1024} writes DIR/synthetic.jsonl.gz and
 * DIR/synthetic.warc.gz of about 1024 MB each ({@code DIR 1024 warc}: the WARC.gz only; {@code DIR 1024
 * members}: DIR/synthetic-members.jsonl.gz only, the JSON Lines as many gzip members, a new member every
 * 64 KiB of text cut wherever that falls, lines included, as bgzip writes them).
 */
public final class SyntheticDumps {
    private final SplittableRandom random = new SplittableRandom(20240725);
    private final String[] vocabulary = new String[6000];

    SyntheticDumps() {
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            int len = 2 + random.nextInt(9);
            for (int k = 0; k < len; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = w.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long megabytes = Long.parseLong(args[1]);
        Files.createDirectories(dir);
        SyntheticDumps d = new SyntheticDumps();
        long t0 = System.nanoTime();
        long n;
        if (args.length > 2 && args[2].equals("members")) {
            n = d.writeJsonLinesGzMembers(dir.resolve("synthetic-members.jsonl.gz"), megabytes << 20);
            System.out.printf("synthetic-members.jsonl.gz: %d records, %d bytes, %.0f s%n", n,
                    Files.size(dir.resolve("synthetic-members.jsonl.gz")), (System.nanoTime() - t0) / 1e9);
            return;
        }
        if (!(args.length > 2 && args[2].equals("warc"))) {
            n = d.writeJsonLinesGz(dir.resolve("synthetic.jsonl.gz"), megabytes << 20);
            System.out.printf("synthetic.jsonl.gz: %d records, %d bytes, %.0f s%n", n,
                    Files.size(dir.resolve("synthetic.jsonl.gz")), (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
        }
        n = d.writeWarcGz(dir.resolve("synthetic.warc.gz"), megabytes << 20);
        System.out.printf("synthetic.warc.gz: %d records, %d bytes, %.0f s%n", n,
                Files.size(dir.resolve("synthetic.warc.gz")), (System.nanoTime() - t0) / 1e9);
    }

    private String words(int n, boolean capital) {
        StringBuilder b = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            String w = vocabulary[random.nextInt(vocabulary.length)];
            if (i > 0) {
                b.append(' ');
            }
            b.append(i == 0 && capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return b.toString();
    }

    private String[] paragraphs() {
        String[] ps = new String[4 + random.nextInt(4)];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = words(40 + random.nextInt(40), true) + ".";
        }
        return ps;
    }

    /** One gzip stream of JSON lines until {@code target} compressed bytes; returns the record count. */
    long writeJsonLinesGz(Path file, long target) throws IOException {
        long n = 0;
        try (CountingOut counted = new CountingOut(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
             GZIPOutputStream gz = new FastGzip(counted)) {
            while (counted.count < target) {
                gz.write(jsonLine(n).getBytes(StandardCharsets.UTF_8));
                n++;
            }
        }
        return n;
    }

    /**
     * JSON lines as gzip members of 64 KiB of text each, cut wherever the 64 KiB end (inside lines), until
     * {@code target} compressed bytes; returns the record count.
     */
    long writeJsonLinesGzMembers(Path file, long target) throws IOException {
        long n = 0;
        long written = 0;
        ByteArrayOutputStream block = new ByteArrayOutputStream(1 << 17);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            while (written < target) {
                block.write(jsonLine(n).getBytes(StandardCharsets.UTF_8));
                n++;
                while (block.size() >= 1 << 16) {
                    byte[] all = block.toByteArray();
                    written += member(out, java.util.Arrays.copyOf(all, 1 << 16));
                    block.reset();
                    block.write(all, 1 << 16, all.length - (1 << 16));
                }
            }
            if (block.size() > 0) {
                member(out, block.toByteArray());
            }
        }
        return n;
    }

    private String jsonLine(long n) {
        String title = words(8, true);
        String text = String.join("\\n\\n", paragraphs());
        return "{\"title\": \"" + title + "\", \"maintext\": \"" + text + "\", \"date_publish\": "
                + "\"2024-07-25 " + String.format("%02d:%02d:00", n / 60 % 24, n % 60) + "\", \"language\": \"en\", "
                + "\"url\": \"https://news" + n % 97 + ".example/story/" + n + "\", \"source_domain\": \"news"
                + n % 97 + ".example\", \"authors\": [\"" + words(2, true) + "\"], \"description\": \""
                + words(20, true) + "\"}\n";
    }

    /** A WARC.gz of one gzip member per record until {@code target} bytes; returns the response count. */
    long writeWarcGz(Path file, long target) throws IOException {
        long n = 0;
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            written += member(out, record("warcinfo", null, "application/warc-fields",
                    "software: khabar SyntheticDumps\r\nformat: WARC File Format 1.0\r\n".getBytes(StandardCharsets.UTF_8)));
            while (written < target) {
                String url = "https://news" + n % 97 + ".example/2024/07/25/story-" + n;
                StringBuilder html = new StringBuilder(8192);
                String title = words(8, true);
                html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                        .append(" | News</title>\n<meta property=\"og:title\" content=\"").append(title)
                        .append("\">\n<meta property=\"article:published_time\" content=\"2024-07-25T")
                        .append(String.format("%02d:%02d:00Z", n / 60 % 24, n % 60)).append("\">\n")
                        .append("<script>var analytics = {id: 12345};</script></head><body>\n<header><nav><a href=\"/\">")
                        .append("Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>\n")
                        .append("<article><h1>").append(title).append("</h1>\n");
                for (String p : paragraphs()) {
                    html.append("<p>").append(p).append("</p>\n");
                }
                html.append("</article>\n<aside class=\"related\"><ul><li>").append(words(6, true)).append("</li><li>")
                        .append(words(6, true)).append("</li></ul></aside>\n<footer>Copyright News</footer></body></html>\n");
                byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] block = new byte[http.length + body.length];
                System.arraycopy(http, 0, block, 0, http.length);
                System.arraycopy(body, 0, block, http.length, body.length);
                written += member(out, record("response", url, "application/http; msgtype=response", block));
                n++;
            }
        }
        return n;
    }

    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-07-25T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] r = new byte[h.length + block.length + 4];
        System.arraycopy(h, 0, r, 0, h.length);
        System.arraycopy(block, 0, r, h.length, block.length);
        System.arraycopy("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, r, h.length + block.length, 4);
        return r;
    }

    private static long member(OutputStream out, byte[] record) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(record.length / 2);
        try (GZIPOutputStream gz = new FastGzip(buf)) {
            gz.write(record);
        }
        buf.writeTo(out);
        return buf.size();
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class CountingOut extends java.io.FilterOutputStream {
        long count;

        CountingOut(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
