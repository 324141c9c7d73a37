package khabar.core.urdu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed article (an Urdu AFP wire story), from the test classpath. */
final class UrduSeed {
    private UrduSeed() {
    }

    /** The whole file: title line, blank line, body. */
    static String text() {
        try (InputStream in = UrduSeed.class.getResourceAsStream("/seed-ur.txt")) {
            if (in == null) {
                throw new IllegalStateException("seed-ur.txt is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything after the title line and the blank line. */
    static String body() {
        String text = text();
        return text.substring(text.indexOf("\n\n") + 2);
    }

    /** The title line. */
    static String title() {
        String text = text();
        return text.substring(0, text.indexOf('\n'));
    }
}
