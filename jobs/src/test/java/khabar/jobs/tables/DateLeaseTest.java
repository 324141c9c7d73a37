package khabar.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateLeaseTest {
    private static final LocalDate DATE = LocalDate.parse("2024-07-26");

    @TempDir
    Path dir;

    private FileSystem fs() throws Exception {
        return FileSystem.getLocal(new Configuration());
    }

    private String root() {
        return dir.resolve("wh").toUri().toString();
    }

    @Test
    void aSecondRunOfTheDateIsRefusedWithAMessageNamingTheFirst() throws Exception {
        try (DateLease first = DateLease.acquire(fs(), root(), DATE, DateLease.Holder.thisProcess("run-a", "nightly"))) {
            assertThatThrownBy(() -> DateLease.acquire(fs(), root(), DATE, DateLease.Holder.thisProcess("run-b", "backfill")))
                    .isInstanceOfSatisfying(DateLease.Held.class, h -> assertThat(h.holder().runId()).isEqualTo("run-a"))
                    .hasMessageContaining("2024-07-26 is being written by nightly run run-a")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            // another date is free
            DateLease.acquire(fs(), root(), DATE.plusDays(1), DateLease.Holder.thisProcess("run-c", "nightly")).close();
        }
        // released: the date can be taken again, and no file is left behind
        DateLease.acquire(fs(), root(), DATE, DateLease.Holder.thisProcess("run-b", "backfill")).close();
        try (var left = Files.list(dir.resolve("wh/_leases"))) {
            assertThat(left.filter(p -> !p.getFileName().toString().endsWith(".crc")).toList()).isEmpty();
        }
    }

    @Test
    void aLeaseOfADeadProcessOnThisHostIsStaleAndBrokenAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        DateLease.Holder dead = new DateLease.Holder("run-killed", "nightly",
                DateLease.Holder.thisProcess("x", "x").host(), gone.pid(), Instant.now());
        writeLease(dead);
        assertThat(DateLease.liveHolder(fs(), root(), DATE)).isNull();
        try (DateLease mine = DateLease.acquire(fs(), root(), DATE, DateLease.Holder.thisProcess("run-new", "nightly"))) {
            assertThat(DateLease.liveHolder(fs(), root(), DATE).runId()).isEqualTo("run-new");
        }
    }

    @Test
    void aLeaseFromAnotherHostIsLiveUntilItsHeartbeatIsOlderThanTheStaleLimit() throws Exception {
        DateLease.Holder elsewhere = new DateLease.Holder("run-remote", "nightly", "another-host", 1, Instant.now());
        Path lease = writeLease(elsewhere);
        assertThat(DateLease.liveHolder(fs(), root(), DATE)).isEqualTo(elsewhere);
        assertThatThrownBy(() -> DateLease.acquire(fs(), root(), DATE, DateLease.Holder.thisProcess("run-b", "nightly")))
                .isInstanceOf(DateLease.Held.class).hasMessageContaining("host another-host");
        Files.setLastModifiedTime(lease, java.nio.file.attribute.FileTime.from(
                Instant.now().minus(DateLease.STALE_AFTER).minusSeconds(60)));
        assertThat(DateLease.liveHolder(fs(), root(), DATE)).isNull();
        DateLease.acquire(fs(), root(), DATE, DateLease.Holder.thisProcess("run-b", "nightly")).close();
    }

    private Path writeLease(DateLease.Holder holder) throws Exception {
        Path lease = dir.resolve("wh/_leases/" + DATE);
        Files.createDirectories(lease.getParent());
        Files.writeString(lease, holder.encode());
        return lease;
    }
}
