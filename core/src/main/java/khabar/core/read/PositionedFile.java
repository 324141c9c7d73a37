package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;

/** A file that can be opened at any byte offset (a Hadoop {@code FSDataInputStream} seek, a local file). */
@FunctionalInterface
public interface PositionedFile {
    /** A new stream of the file's bytes from {@code offset} on; the caller closes it. */
    InputStream openAt(long offset) throws IOException;
}
