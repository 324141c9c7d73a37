package khabar.core.read;

import java.io.Closeable;

/**
 * Reads one dump file as a sequence of records. Shaped like jwarc's readers: iterate it once, then
 * close it. Damage never throws out of the iterator: it becomes a {@link Reject} record, and the
 * records before the damage are kept.
 */
public interface DumpReader extends Iterable<DumpRecord>, Closeable {
}
