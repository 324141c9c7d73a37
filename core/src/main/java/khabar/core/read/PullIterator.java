package khabar.core.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over records computed one at a time by {@link #pull()}, which returns null to skip
 * (a blank line, a skipped WARC record) and calls {@link #finish()} at the end of the input.
 */
abstract class PullIterator implements Iterator<DumpRecord> {
    private boolean finished;
    private DumpRecord next;

    /** The next record, or null when there is none this time (finished or skipped). */
    protected abstract DumpRecord pull();

    /** Marks the input as exhausted: {@link #pull()} is not called again. */
    protected final void finish() {
        finished = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !finished) {
            next = pull();
        }
        return next != null;
    }

    @Override
    public final DumpRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DumpRecord r = next;
        next = null;
        return r;
    }
}
