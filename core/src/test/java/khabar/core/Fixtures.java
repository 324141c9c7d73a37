package khabar.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from the classpath. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article's body: everything after its title line and blank line. */
    public static String seedBody() {
        String seed = text("seed-ur.txt");
        return seed.substring(seed.indexOf("\n\n") + 2).strip();
    }

    public static String seedTitle() {
        String seed = text("seed-ur.txt");
        return seed.substring(0, seed.indexOf('\n')).strip();
    }
}
