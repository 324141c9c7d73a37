package khabar.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease a run holds on one dump date while it writes it: the file {@code <warehouse>/_leases/<date>},
 * naming the run (id, mode, host, pid, since). Two runs of one date (a cron overlap, a backfill over a date a
 * nightly is writing) cannot both hold it: the second stops with {@link Held}, naming the first, and writes
 * nothing, so a partition is never a mix of two runs.
 *
 * <p>Taking it is atomic: the holder is written to a file of its own, then linked (local disk: {@code link(2)},
 * which fails when the lease exists) or renamed (HDFS: a rename onto an existing file fails) to the lease's
 * name. The holder touches the lease every {@link #HEARTBEAT}. A lease is <b>stale</b>, and the next run
 * breaks it, when its holder was killed: its heartbeat is older than {@link #STALE_AFTER}, or it names this
 * host and a process id that is no longer running (a kill -9 on the same machine is noticed at once).
 */
public final class DateLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DateLease.class);
    static final String DIR = "_leases";
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final String HOST = thisHost();

    /** Who holds a lease. */
    public record Holder(String runId, String mode, String host, long pid, Instant since) {
        /** This process, for run {@code runId}. */
        public static Holder thisProcess(String runId, String mode) {
            return new Holder(runId, mode, HOST, ProcessHandle.current().pid(), Instant.now());
        }

        String encode() {
            return "run_id=" + runId + "\nmode=" + mode + "\nhost=" + host + "\npid=" + pid + "\nsince=" + since + "\n";
        }

        static Holder decode(String text) {
            Map<String, String> kv = new LinkedHashMap<>();
            text.lines().map(l -> l.split("=", 2)).filter(p -> p.length == 2).forEach(p -> kv.put(p[0], p[1]));
            return new Holder(kv.getOrDefault("run_id", "?"), kv.getOrDefault("mode", "?"), kv.getOrDefault("host", "?"),
                    Long.parseLong(kv.getOrDefault("pid", "-1")), Instant.parse(kv.getOrDefault("since", Instant.EPOCH.toString())));
        }

        /** "nightly run 20240726T…-1a2b3c4d (host h, pid 123, since …)". */
        public String describe() {
            return mode + " run " + runId + " (host " + host + ", pid " + pid + ", since " + since + ")";
        }
    }

    /** Another live run holds the date's lease. */
    public static final class Held extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient Holder holder;

        Held(LocalDate date, Holder holder, Path lease) {
            super(date + " is being written by " + holder.describe() + "; this run wrote nothing. Wait for it to "
                    + "end (bin/khabar status), then rerun if needed. If that run is dead, its lease " + lease
                    + " counts as stale " + STALE_AFTER.toMinutes() + " minutes after its last heartbeat (at once on "
                    + "the same host), or delete the file");
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    private final FileSystem fs;
    private final Path path;
    private final Holder holder;
    private final Thread heartbeat;

    private DateLease(FileSystem fs, Path path, Holder holder) {
        this.fs = fs;
        this.path = path;
        this.holder = holder;
        this.heartbeat = new Thread(this::beat, "khabar lease " + path.getName());
        this.heartbeat.setDaemon(true);
        this.heartbeat.start();
    }

    /** The lease file of {@code date} under the warehouse {@code root}. */
    static Path path(String root, LocalDate date) {
        return new Path(root + "/" + DIR + "/" + date);
    }

    /** Takes the lease of {@code date} for {@code holder}, breaking a stale one; throws {@link Held} when a live run has it. */
    public static DateLease acquire(FileSystem fs, String root, LocalDate date, Holder holder) {
        Path path = path(root, date);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                if (tryCreate(fs, path, holder)) {
                    return new DateLease(fs, path, holder);
                }
                Holder other = read(fs, path);
                if (other == null) {
                    continue; // released between our try and our read
                }
                if (!isStale(fs, path, other)) {
                    throw new Held(date, other, path);
                }
                LOG.warn("khabar: breaking the stale lease of {} held by {}", date, other.describe());
                if (other.equals(read(fs, path))) {
                    fs.delete(path, false);
                }
            }
            throw new IllegalStateException("cannot take the lease " + path + ": other runs keep taking it");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lease " + path + " (is the warehouse writable?)", e);
        }
    }

    /** The live run holding {@code date}'s lease, or null when none does (no lease, or a stale one). */
    public static Holder liveHolder(FileSystem fs, String root, LocalDate date) throws IOException {
        Path path = path(root, date);
        Holder h = read(fs, path);
        return h == null || isStale(fs, path, h) ? null : h;
    }

    private static boolean tryCreate(FileSystem fs, Path path, Holder holder) throws IOException {
        fs.mkdirs(path.getParent());
        Path mine = new Path(path.getParent(), "." + path.getName() + "." + UUID.randomUUID() + ".tmp");
        try (var out = fs.create(mine, false)) {
            out.write(holder.encode().getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (fs instanceof LocalFileSystem local) {
                // Hadoop's local rename replaces an existing file: link(2) does not
                try {
                    java.nio.file.Files.createLink(local.pathToFile(path).toPath(), local.pathToFile(mine).toPath());
                    return true;
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    return false;
                }
            }
            return fs.rename(mine, path);
        } finally {
            fs.delete(mine, false);
        }
    }

    private static Holder read(FileSystem fs, Path path) throws IOException {
        try (var in = fs.open(path)) {
            return Holder.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.FileNotFoundException e) {
            return null;
        }
    }

    private static boolean isStale(FileSystem fs, Path path, Holder h) throws IOException {
        long age;
        try {
            age = System.currentTimeMillis() - fs.getFileStatus(path).getModificationTime();
        } catch (java.io.FileNotFoundException e) {
            return true;
        }
        boolean deadHere = h.host().equals(HOST) && ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true);
        return age > STALE_AFTER.toMillis() || deadHere;
    }

    private void beat() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(HEARTBEAT.toMillis());
                fs.setTimes(path, System.currentTimeMillis(), -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("khabar: cannot renew the lease {}: {}", path, e.toString());
        }
    }

    /** Stops the heartbeat and deletes the lease, if it is still this run's. */
    @Override
    public void close() {
        heartbeat.interrupt();
        try {
            heartbeat.join(10_000);
            if (holder.equals(read(fs, path))) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            LOG.warn("khabar: cannot release the lease {}: {}", path, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }
}
