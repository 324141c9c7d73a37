package khabar.jobs.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child process with a time limit, its output (stdout and stderr together) drained on its own thread from
 * the start: a child that writes much never blocks on a full pipe, and a child that hangs is killed, with
 * its descendants, when the limit passes. The one way khabar and its tests run a child (test JVMs, the bench
 * runs). The last {@value #KEPT_LINES} lines are kept for messages and {@link #awaitLine}; {@link Builder#log}
 * also copies every line to a file.
 */
public final class ChildProcess implements AutoCloseable {
    static final int KEPT_LINES = 5000;

    private final String name;
    private final Process process;
    private final long deadlineNanos;
    private final Duration limit;
    private final Writer log;
    private final String[] ring = new String[KEPT_LINES];
    private long total;
    private boolean ended;
    private final Thread drain;

    /** Raised when a child outlives its limit; it has been killed by then. */
    public static final class TimedOut extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    /** How to start a child: {@code name} appears in messages. */
    public static Builder builder(String name, List<String> command) {
        return new Builder(name, command);
    }

    /** Options of a child; {@link #start()} starts it. */
    public static final class Builder {
        private final String name;
        private final List<String> command;
        private Duration limit = Duration.ofMinutes(10);
        private Path log;
        private boolean interruptible;

        private Builder(String name, List<String> command) {
            this.name = name;
            this.command = List.copyOf(command);
        }

        /** How long the child may run in all (default 10 minutes). */
        public Builder limit(Duration limit) {
            this.limit = limit;
            return this;
        }

        /** Also writes every output line to {@code file} (created or truncated). */
        public Builder log(Path file) {
            this.log = file;
            return this;
        }

        /**
         * Starts the child in its own process group with SIGINT at its default disposition ({@code setsid env
         * --default-signal=INT}), so that {@link #interrupt()} reaches it even when this JVM was started with
         * SIGINT ignored (a shell without job control, nohup, some CI runners), and a Ctrl-C meant for this JVM
         * does not reach it.
         */
        public Builder interruptible() {
            this.interruptible = true;
            return this;
        }

        public ChildProcess start() throws IOException {
            List<String> cmd = new ArrayList<>();
            if (interruptible) {
                cmd.addAll(List.of("setsid", "env", "--default-signal=INT"));
            }
            cmd.addAll(command);
            Writer w = log == null ? null : Files.newBufferedWriter(log, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            return new ChildProcess(name, p, limit, w);
        }
    }

    private ChildProcess(String name, Process process, Duration limit, Writer log) {
        this.name = name;
        this.process = process;
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + limit.toNanos();
        this.log = log;
        this.drain = new Thread(this::drain, "drain " + name);
        this.drain.setDaemon(true);
        this.drain.start();
    }

    private void drain() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (log != null) {
                    log.write(line);
                    log.write('\n');
                }
                synchronized (this) {
                    ring[(int) (total % KEPT_LINES)] = line;
                    total++;
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the pipe closed under us (the child was killed): the output ends here
        } finally {
            try {
                if (log != null) {
                    log.close();
                }
            } catch (IOException e) {
                // the log is a copy; the kept lines still tell what happened
            }
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until the child prints a line {@code marker} accepts (true), or its output ends or the limit passes
     * (false; the child is left running). Lines older than the last {@value #KEPT_LINES} are not looked at.
     */
    public boolean awaitLine(Predicate<String> marker) throws InterruptedException {
        long next = 0;
        synchronized (this) {
            while (true) {
                next = Math.max(next, total - KEPT_LINES);
                for (; next < total; next++) {
                    if (marker.test(ring[(int) (next % KEPT_LINES)])) {
                        return true;
                    }
                }
                long left = deadlineNanos - System.nanoTime();
                if (ended || left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    /** Waits for the child to end within its limit and returns its exit code; past the limit, kills it and throws. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            kill();
            throw new TimedOut(name + " did not end within " + limit.toSeconds() + " s and was killed; its last lines:\n"
                    + tail(30));
        }
        drain.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Waits as {@link #waitFor()} and fails with the last lines of output unless the child exits with 0. */
    public void waitForSuccess() throws InterruptedException {
        int code = waitFor();
        if (code != 0) {
            throw new IllegalStateException(name + " failed (exit " + code + "); its last lines:\n" + tail(30));
        }
    }

    /** kill -9 of the child and its descendants; waits (at most a minute) for the child to be gone. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    }

    /**
     * SIGINT to the child process itself, as {@code kill -INT pid}. Not to its process group: a JVM's own short-lived
     * children (Hadoop runs {@code stat} for local file permissions) would die of it and fail the run, which is
     * what a terminal's Ctrl-C (sent to the whole foreground group) can do too.
     */
    public void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(30, TimeUnit.SECONDS)) {
            kill.destroyForcibly();
            throw new IOException("kill -INT " + process.pid() + " did not return");
        }
    }

    /** Every line kept so far (up to the last {@value #KEPT_LINES}), joined with newlines. */
    public synchronized String output() {
        return tail(KEPT_LINES);
    }

    /** The last {@code n} lines kept, joined with newlines. */
    public synchronized String tail(int n) {
        long from = Math.max(Math.max(0, total - KEPT_LINES), total - n);
        StringBuilder b = new StringBuilder();
        for (long i = from; i < total; i++) {
            b.append(ring[(int) (i % KEPT_LINES)]).append('\n');
        }
        return b.toString();
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
