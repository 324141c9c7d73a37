package khabar.core.link;

import khabar.core.text.EntityType;
import khabar.core.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prints the linker's cold load time and its throughput; no assertions. Run in a fresh JVM:
 * {@code mvn -o -q -pl core test-compile} then
 * {@code java -cp core/target/classes:core/target/test-classes:$HOME/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar khabar.core.link.LinkerThroughput}.
 */
public final class LinkerThroughput {
    private LinkerThroughput() {
    }

    public static void main(String[] args) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        EntityLinker linker = EntityLinker.shared();
        long t1 = System.nanoTime();
        long cpu1 = mx.getCurrentThreadCpuTime();
        System.out.printf("load: %.0f ms wall, %.0f ms thread CPU, %,d keys and prefixes%n",
                (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6, linker.indexSize());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after load and GC: %.0f MiB (linker and JVM)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0);

        String[][] mentions = {{"عراق", "ur"}, {"Iraq", "en"}, {"امریکی", "ur"}, {"the U.K.", "en"}, {"بغداد", "ur"},
                {"United States", "en"}, {"دیر الزور", "ur"}, {"Xyzzy", "en"}, {"نامعلوم", "ur"}, {"Irak", "de"}};
        for (int round = 0; round < 3; round++) {
            int n = 0;
            long s = System.nanoTime();
            while (System.nanoTime() - s < 1_000_000_000L) {
                for (String[] m : mentions) {
                    linker.link(m[0], m[1], EntityType.LOCATION);
                    n++;
                }
            }
            System.out.printf("link: %,.0f lookups/s%n", n / ((System.nanoTime() - s) / 1e9));
        }

        List<Token> tokens = TestTokens.tokenize(seed());
        for (int round = 0; round < 3; round++) {
            long n = 0;
            int spans = 0;
            long s = System.nanoTime();
            while (System.nanoTime() - s < 1_000_000_000L) {
                spans = linker.findAll(tokens, "ur").size();
                n += tokens.size();
            }
            System.out.printf("findAll: %,.0f tokens/s (seed story, %d tokens, %d spans)%n",
                    n / ((System.nanoTime() - s) / 1e9), tokens.size(), spans);
        }
    }

    private static String seed() throws IOException {
        try (InputStream in = LinkerThroughput.class.getResourceAsStream("/khabar/link/seed-000-ur.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
