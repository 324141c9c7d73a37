package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads a zip or tar archive (a tar.gz is a tar once {@link Compression} is done) entry by entry, each
 * entry a dump of its own with origin {@code archive!/entry/path}, streamed: nothing is written to disk.
 * Entries with an absolute name or a {@code ..} segment are UNSAFE_PATH rejects (their origin shows the
 * dots percent-encoded); hidden entries (a segment starting with "." or "__MACOSX") and directories are
 * skipped, links and devices skipped with a warning. Expansion is bounded by {@link ExpansionLimit}: an
 * entry past its limit is TOO_LARGE, and once the archive is past its own the rest is one TOO_LARGE
 * reject.
 */
final class ArchiveReader implements DumpReader {
    private final String origin;
    private final ArchiveInputStream<?> archive;
    private final ReadOptions options;
    private final Consumer<String> warnings;
    private final int depth;
    private final ExpansionLimit limit;

    ArchiveReader(String origin, InputStream in, DumpFormat format, ReadOptions options, Consumer<String> warnings,
                  int depth, ExpansionLimit limit) {
        this.origin = origin;
        this.archive = format == DumpFormat.ZIP ? new ZipArchiveInputStream(in, "UTF-8", true, true)
                : new TarArchiveInputStream(in);
        this.options = options;
        this.warnings = warnings;
        this.depth = depth;
        this.limit = limit;
    }

    @Override
    public Iterator<DumpRecord> iterator() {
        return new PullIterator() {
            private Iterator<DumpRecord> current = Collections.emptyIterator();
            private DumpReader currentReader;
            private long entries;

            @Override
            protected DumpRecord pull() {
                if (current.hasNext()) {
                    return current.next();
                }
                try {
                    closeCurrent();
                    String exhausted = limit.exhausted();
                    if (exhausted != null) {
                        finish();
                        return new Reject(origin, -1, RejectReason.TOO_LARGE, exhausted + " after " + entries
                                + " entries: the rest of the archive is not read", "");
                    }
                    ArchiveEntry entry = archive.getNextEntry();
                    if (entry == null) {
                        finish();
                        return null;
                    }
                    return open(entry);
                } catch (ExpansionLimit.Exceeded e) {
                    finish();
                    return new Reject(origin, -1, RejectReason.TOO_LARGE, e.getMessage() + " after " + entries
                            + " entries: the rest of the archive is not read", "");
                } catch (IOException e) {
                    finish();
                    return ReadFailures.reject(origin, -1, "after " + entries + " archive entries", e);
                }
            }

            /** The first record of an entry, or null when it is skipped or yields none. */
            private DumpRecord open(ArchiveEntry entry) {
                String name = entry.getName();
                if (entry.isDirectory() || EntryNames.hidden(name)) {
                    return null;
                }
                entries++;
                String entryOrigin = origin + "!/" + EntryNames.forOrigin(name);
                if (!EntryNames.safe(name)) {
                    return new Reject(entryOrigin, -1, RejectReason.UNSAFE_PATH,
                            "archive entry name '" + name + "' is absolute or climbs out with '..': not read", "");
                }
                if (entry instanceof TarArchiveEntry t && (t.isSymbolicLink() || t.isLink() || t.isCharacterDevice()
                        || t.isBlockDevice() || t.isFIFO())) {
                    warnings.accept("skipped tar entry " + entryOrigin + ": a link or device, not a file");
                    return null;
                }
                if (!archive.canReadEntryData(entry)) {
                    return new Reject(entryOrigin, -1, RejectReason.UNREADABLE,
                            "archive entry cannot be read (encrypted or an unsupported method)", "");
                }
                currentReader = DumpReaders.open(entryOrigin, limit.bound(archive), options, warnings, depth + 1, limit);
                current = currentReader.iterator();
                return current.hasNext() ? current.next() : null;
            }

            /** Closes the entry's reader and reads what it left of the entry, counted against the archive. */
            private void closeCurrent() throws IOException {
                if (currentReader != null) {
                    currentReader.close();
                    currentReader = null;
                    limit.drain(archive);
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        archive.close();
    }
}
