package khabar.core.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/** Undoes gzip, bzip2, xz and zstd compression, recognised by magic bytes rather than file names. */
public final class Compression {
    /**
     * Decompressors fill the whole buffer they are asked for and throw when the stream ends early, losing
     * what they had decoded. Asking for small pieces keeps all but the last piece before the damage.
     */
    private static final int SALVAGE_CHUNK = 1024;

    private Compression() {
    }

    private static final class SmallReads extends FilterInputStream {
        SmallReads(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, SALVAGE_CHUNK));
        }
    }

    /** The compressor name ({@code gz}, {@code bzip2}, {@code xz}, {@code zstd}, …) of a stream's magic, or null. */
    static String codec(BufferedInputStream in) {
        try {
            return CompressorStreamFactory.detect(in);
        } catch (CompressorException notCompressed) {
            return null;
        }
    }

    /**
     * Returns a stream of the uncompressed bytes of {@code in}: decompressed when its first bytes are a
     * known compressor's magic, else {@code in} itself (buffered).
     */
    public static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        String name;
        try {
            name = CompressorStreamFactory.detect(buffered);
        } catch (CompressorException notCompressed) {
            return buffered;
        }
        try {
            InputStream decompressing = new CompressorStreamFactory(true).createCompressorInputStream(name, buffered);
            return new BufferedInputStream(new SmallReads(decompressing), 1 << 16);
        } catch (CompressorException e) {
            throw new IOException("cannot open " + name + " stream: " + e.getMessage(), e);
        }
    }
}
