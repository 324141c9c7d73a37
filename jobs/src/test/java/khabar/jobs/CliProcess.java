package khabar.jobs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import khabar.jobs.process.ChildProcess;

/** Starts the khabar CLI in a separate JVM with the test's class path, as a real driver process. */
public final class CliProcess {
    /** How long one CLI run in a test may take before it is killed and the test fails. */
    public static final Duration LIMIT = Duration.ofMinutes(5);

    private CliProcess() {
    }

    /**
     * {@code java -Xmx2g <the test JVM's --add-opens and JIT level> -cp <class path> khabar.jobs.cli.KhabarCli args…},
     * stderr into stdout, limited to {@link #LIMIT}.
     */
    public static ChildProcess.Builder builder(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+Ignore") || a.startsWith("-Djdk.reflect")
                        || a.startsWith("-Dio.netty") || a.startsWith("-XX:TieredStopAtLevel")).toList());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "khabar.jobs.cli.KhabarCli"));
        cmd.addAll(args);
        return ChildProcess.builder("khabar " + String.join(" ", args), cmd).limit(LIMIT);
    }

    /** {@link #builder} started. */
    public static ChildProcess start(List<String> args) throws IOException {
        return builder(args).start();
    }
}
