package khabar.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the fixture dumps under {@code dumps/} on the test classpath. */
final class DumpFixtures {
    private DumpFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = DumpFixtures.class.getResourceAsStream("/dumps/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture dumps/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DumpRecord> read(String name) {
        return read(name, ReadOptions.defaults(), new ArrayList<>());
    }

    static List<DumpRecord> read(String name, ReadOptions options, List<String> warnings) {
        return readBytes("file:/dumps/" + name, bytes(name), options, warnings);
    }

    static List<DumpRecord> readBytes(String origin, byte[] bytes, ReadOptions options, List<String> warnings) {
        try (DumpReader r = DumpReaders.open(origin, new java.io.ByteArrayInputStream(bytes), options, warnings::add)) {
            List<DumpRecord> out = new ArrayList<>();
            r.forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RawArticle> articles(List<DumpRecord> records) {
        return records.stream().filter(r -> r instanceof RawArticle).map(r -> (RawArticle) r).toList();
    }

    static List<Reject> rejects(List<DumpRecord> records) {
        return records.stream().filter(r -> r instanceof Reject).map(r -> (Reject) r).toList();
    }
}
