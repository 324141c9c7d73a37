package khabar.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens a dump file with the reader its content calls for: compression undone by magic bytes, UTF-16
 * with a byte-order mark turned into UTF-8, archives opened entry by entry (one level of nesting), and
 * the format sniffed from the first bytes unless {@link ReadOptions#format()} forces it.
 */
public final class DumpReaders {
    /** Articles (one-article text files, or JSON records) larger than this are rejected as TOO_LARGE. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 8 << 20;
    /** Archives inside archives are read; archives inside those are rejected. */
    static final int MAX_ARCHIVE_DEPTH = 1;
    /** Compressed bytes kept re-readable while looking into a gzip stream for a WARC. */
    private static final int RAW_MARK = 1 << 20;
    /** How many of a file's first bytes the planner and the range readers look at. */
    public static final int SPLIT_HEAD_BYTES = 1 << 16;
    /** The first bytes of every WARC record. */
    private static final byte[] WARC_START = "WARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private DumpReaders() {
    }

    /**
     * Opens {@code in} (compressed or not) as a dump with the default limits and detected formats. The
     * reader owns the stream and closes it.
     *
     * @param origin         URI of the file, carried into every record
     * @param in             the raw bytes of the file
     * @param maxRecordBytes records over this size become TOO_LARGE rejects
     */
    public static DumpReader open(String origin, InputStream in, int maxRecordBytes) throws IOException {
        return open(origin, in, ReadOptions.defaults().withMaxRecordBytes(maxRecordBytes), w -> { });
    }

    /**
     * Opens {@code in} as a dump. Never throws for bad content: a file that cannot be opened becomes a
     * reader of one reject. The reader owns the stream and closes it.
     *
     * @param origin   URI of the file, carried into every record (archive entries: {@code origin!/entry})
     * @param in       the raw bytes of the file
     * @param options  format and limits
     * @param warnings told about recoverable oddities that are not records (a skipped link in a tar)
     */
    public static DumpReader open(String origin, InputStream in, ReadOptions options, Consumer<String> warnings) {
        return open(origin, in, options, warnings, 0, null);
    }

    /** Opens a local file with the default options; its URI is the origin. */
    public static DumpReader open(Path file) throws IOException {
        return open(file.toUri().toString(), Files.newInputStream(file), ReadOptions.defaults(), w -> { });
    }

    /**
     * Opens a byte range of a file the planner cut ({@link #splittable}), for one split task; never throws.
     * <ul>
     *   <li>uncompressed UTF-8 JSON Lines: the range {@code (start, end]} owns every line that begins after
     *   {@code start} (or at 0) and at or before {@code end}; origin offsets are the lines' byte offsets;</li>
     *   <li>a WARC.gz of many gzip members (CC-NEWS: one per record): the range {@code [start, end)} owns
     *   every member that starts in it, found by {@link GzipMemberSync}; origin offsets are the members'
     *   byte offsets, as in a whole read of the file;</li>
     *   <li>a JSON Lines gzip of many members (bgzip, or a writer that starts a member every N lines): the
     *   range {@code [start, end)} owns the lines that belong to the members starting in it (see
     *   {@link JsonLinesReader}); origin offsets as in a whole read of the file.</li>
     * </ul>
     *
     * @param head the file's first bytes (up to {@link #SPLIT_HEAD_BYTES}), as the planner saw them
     */
    public static DumpReader openRange(String origin, PositionedFile file, byte[] head, long start, long end,
                                       ReadOptions options) {
        try {
            if (warcGzipMembers(head, options)) {
                long first = GzipMemberSync.firstMember(file, start, end, WARC_START);
                if (first < 0) {
                    return rejecting(null);
                }
                return new WarcDumpReader(origin, new GzipMemberStream(file.openAt(first), first, end), options);
            }
            if (jsonLinesGzipMembers(head, options)) {
                // a member may begin inside a line: no first bytes to check, the member's own checks do
                long first = GzipMemberSync.firstMember(file, start, end, new byte[0]);
                if (first < 0) {
                    return rejecting(null);
                }
                return JsonLinesReader.gzipMembers(origin, new GzipMemberStream(file.openAt(first), first, Long.MAX_VALUE),
                        options.maxRecordBytes(), start, end);
            }
            return JsonLinesReader.lines(origin, new BufferedInputStream(file.openAt(start), 1 << 16),
                    options.maxRecordBytes(), start, end);
        } catch (IOException | RuntimeException e) {
            return rejecting(new Reject(origin, start, RejectReason.UNREADABLE,
                    "cannot read bytes " + start + "-" + end + " of " + origin + ": " + e, ""));
        }
    }

    /**
     * Whether a file whose first bytes are {@code head} can be read in byte ranges: uncompressed JSON
     * Lines (not UTF-16; sniffed, or forced by the options), or a WARC.gz or JSON Lines gzip whose first
     * gzip member ends inside {@code head} and is followed by another member (a file of many members, as
     * CC-NEWS and bgzip write them; a single gzip stream cannot be entered mid-way and stays whole).
     */
    public static boolean splittable(byte[] head, ReadOptions options) {
        if (warcGzipMembers(head, options) || jsonLinesGzipMembers(head, options)) {
            return true;
        }
        if (Compression.codec(new BufferedInputStream(new java.io.ByteArrayInputStream(head))) != null
                || Utf16.startsWithBom(head)) {
            return false;
        }
        DumpFormat sniffed = DumpFormat.sniff(head);
        return !sniffed.isArchive() && (options.format() == null ? sniffed : options.format()) == DumpFormat.JSONL;
    }

    /**
     * A WARC.gz whose first member begins with {@code WARC/} and ends inside {@code head}, another member
     * after it (unless the options force another format).
     */
    static boolean warcGzipMembers(byte[] head, ReadOptions options) {
        if (head.length < GzipHeaders.CHECKED || !GzipHeaders.plausibleAt(head, 0)
                || options.format() != null && options.format() != DumpFormat.WARC) {
            return false;
        }
        try (GzipMemberStream first = new GzipMemberStream(new java.io.ByteArrayInputStream(head), 0, 1)) {
            byte[] start = first.readNBytes(WARC_START.length);
            first.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.Arrays.equals(start, WARC_START) && first.followedByMember();
        } catch (IOException firstMemberNotInHead) {
            return false;
        }
    }

    /**
     * A JSON Lines gzip whose first member (beginning like JSON Lines, not UTF-16) ends inside {@code head},
     * another member after it (unless the options force another format).
     */
    static boolean jsonLinesGzipMembers(byte[] head, ReadOptions options) {
        if (head.length < GzipHeaders.CHECKED || !GzipHeaders.plausibleAt(head, 0)
                || options.format() != null && options.format() != DumpFormat.JSONL) {
            return false;
        }
        try (GzipMemberStream first = new GzipMemberStream(new java.io.ByteArrayInputStream(head), 0, 1)) {
            byte[] start = first.readNBytes(4096);
            first.transferTo(java.io.OutputStream.nullOutputStream());
            return !Utf16.startsWithBom(start) && DumpFormat.sniff(start) == DumpFormat.JSONL && first.followedByMember();
        } catch (IOException firstMemberNotInHead) {
            return false;
        }
    }

    static DumpReader open(String origin, InputStream raw, ReadOptions options, Consumer<String> warnings, int depth,
                           ExpansionLimit limit) {
        CountingInputStream counted = new CountingInputStream(raw);
        BufferedInputStream rawBuffered = new BufferedInputStream(counted, 1 << 16);
        rawBuffered.mark(RAW_MARK);
        BufferedInputStream plain;
        DumpFormat format;
        try {
            // the decompressor marks and resets its own stream; ours keeps its mark at the start
            BufferedInputStream forDecompressor = new BufferedInputStream(rawBuffered, 1 << 13);
            String codec = Compression.codec(forDecompressor);
            InputStream decompressed = Compression.decompressed(forDecompressor);
            if (limit != null) {
                decompressed = limit.bound(decompressed);
            }
            BufferedInputStream peek = decompressed instanceof BufferedInputStream b ? b : new BufferedInputStream(decompressed, 1 << 16);
            boolean utf16 = Utf16.startsWithBom(peek);
            plain = Utf16.toUtf8(peek);
            DumpFormat sniffed = DumpFormat.sniff(plain);
            format = sniffed.isArchive() || options.format() == null ? sniffed : options.format();
            if (format == DumpFormat.WARC && "gz".equals(codec) && limit == null && rewound(rawBuffered)) {
                // member by member, so that offsets are those of the gzip members in the file (CC indexes),
                // the same as when the file is read in byte ranges (openRange)
                return new WarcDumpReader(origin, new GzipMemberStream(rawBuffered, 0, Long.MAX_VALUE), options);
            }
            if (format == DumpFormat.JSONL && "gz".equals(codec) && limit == null && !utf16 && rewound(rawBuffered)) {
                // member by member too: line offsets that a read in ranges gives as well (single stream: line numbers)
                return JsonLinesReader.gzipMembers(origin, new GzipMemberStream(rawBuffered, 0, Long.MAX_VALUE),
                        options.maxRecordBytes(), 0, Long.MAX_VALUE);
            }
        } catch (IOException e) {
            close(raw);
            return rejecting(ReadFailures.reject(origin, -1, "before the first record", e));
        }
        if (format.isArchive()) {
            if (depth > MAX_ARCHIVE_DEPTH) {
                close(raw);
                return rejecting(new Reject(origin, -1, RejectReason.NESTED_ARCHIVE,
                        "archive nested deeper than " + MAX_ARCHIVE_DEPTH + " level: not read", ""));
            }
            ExpansionLimit archiveLimit = limit != null ? limit : new ExpansionLimit(options, counted);
            return new ArchiveReader(origin, plain, format, options, warnings, depth, archiveLimit);
        }
        return switch (format) {
            case JSONL -> JsonLinesReader.lines(origin, plain, options.maxRecordBytes(), 0, Long.MAX_VALUE);
            case JSON -> new JsonDocumentReader(origin, plain, options.maxRecordBytes());
            case WARC -> new WarcDumpReader(origin, plain, options);
            case SGML -> new SgmlReader(origin, plain, options.maxRecordBytes());
            case HTML -> new HtmlFileReader(origin, plain, options.maxRecordBytes());
            default -> new PlainTextArticleReader(origin, plain, options.maxRecordBytes());
        };
    }

    /** Rewinds the raw stream to its start; false when too much was read to do so. */
    private static boolean rewound(BufferedInputStream raw) {
        try {
            raw.reset();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to lose
        }
    }

    /** A reader whose only record is {@code reject} (none when null). */
    static DumpReader rejecting(Reject reject) {
        return new DumpReader() {
            @Override
            public Iterator<DumpRecord> iterator() {
                return reject == null ? java.util.Collections.emptyIterator() : List.<DumpRecord>of(reject).iterator();
            }

            @Override
            public void close() {
                // nothing left open
            }
        };
    }
}
