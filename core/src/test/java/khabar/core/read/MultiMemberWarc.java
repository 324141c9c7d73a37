package khabar.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a CC-NEWS-shaped WARC.gz for the range tests: one gzip member per record (java.util.zip), a
 * warcinfo, then responses of HTML pages. Every 7th response is sent gzip-encoded ({@code Content-Encoding:
 * gzip}) and its member written without compression (stored deflate blocks), so real gzip headers
 * ({@code 1f 8b 08}) lie verbatim inside members; every 50th is a binary download whose body is itself a
 * gzipped WARC record, stored verbatim too: a header that even inflates to {@code WARC/}.
 */
final class MultiMemberWarc {
    /** The file offsets of the members written, in order. */
    final List<Long> memberStarts = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(6);

    /** Writes {@code responses} responses (after a warcinfo) to {@code file}. */
    void write(Path file, int responses) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            long at = 0;
            at += member(out, at, record("warcinfo", null, "application/warc-fields",
                    "software: khabar test\r\n".getBytes(StandardCharsets.UTF_8)), Deflater.DEFAULT_COMPRESSION);
            for (int i = 0; i < responses; i++) {
                String url = "https://news.example/2024/07/25/story-" + i;
                byte[] block;
                int level = Deflater.DEFAULT_COMPRESSION;
                if (i % 50 == 49) {
                    byte[] inner = gzip(record("response", url + "/inner", "application/http; msgtype=response",
                            http("text/html", "", html(i).getBytes(StandardCharsets.UTF_8))), Deflater.DEFAULT_COMPRESSION);
                    block = http("application/octet-stream", "", inner);
                    level = Deflater.NO_COMPRESSION;
                } else if (i % 7 == 3) {
                    block = http("text/html; charset=utf-8", "Content-Encoding: gzip\r\n",
                            gzip(html(i).getBytes(StandardCharsets.UTF_8), Deflater.DEFAULT_COMPRESSION));
                    level = Deflater.NO_COMPRESSION;
                } else {
                    block = http("text/html; charset=utf-8", "", html(i).getBytes(StandardCharsets.UTF_8));
                }
                at += member(out, at, record("response", url, "application/http; msgtype=response", block), level);
            }
        }
    }

    /** A local file opened at any offset. */
    static PositionedFile positioned(Path file) {
        return offset -> {
            SeekableByteChannel ch = Files.newByteChannel(file);
            ch.position(offset);
            InputStream in = Channels.newInputStream(ch);
            return in;
        };
    }

    private String html(int i) {
        StringBuilder b = new StringBuilder("<html lang=\"en\"><head><title>Story ").append(i)
                .append("</title></head><body><nav>Home World</nav><article><h1>Story ").append(i).append("</h1>");
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            b.append("<p>Paragraph ").append(p).append(" of story ").append(i).append(':');
            int words = 20 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                b.append(' ').append(Long.toString(random.nextLong(1L << 30), 36));
            }
            b.append(".</p>");
        }
        return b.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    private static byte[] http(String type, String extraHeaders, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n" + extraHeaders + "Content-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return concat(head, body);
    }

    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-07-25T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private long member(OutputStream out, long at, byte[] record, int level) throws IOException {
        memberStarts.add(at);
        byte[] gz = gzip(record, level);
        out.write(gz);
        return gz.length;
    }

    static byte[] gzip(byte[] data, int level) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(data);
        }
        return buf.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
