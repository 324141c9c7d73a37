package khabar.jobs.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {
    @TempDir
    Path dir;

    @Test
    void aChildThatWritesMoreThanAPipeHoldsStillEndsAndItsLastLinesAreKept() throws Exception {
        // 200,000 lines (about 1.3 MB), far over a pipe's 64 KB: without draining, the child would block for ever
        try (ChildProcess p = ChildProcess.builder("seq", List.of("seq", "200000")).limit(Duration.ofMinutes(1))
                .log(dir.resolve("seq.log")).start()) {
            assertThat(p.waitFor()).isZero();
            assertThat(p.tail(2)).isEqualTo("199999\n200000\n");
            assertThat(p.output().lines().count()).isEqualTo(ChildProcess.KEPT_LINES);
        }
        assertThat(Files.readAllLines(dir.resolve("seq.log"))).hasSize(200_000);
    }

    @Test
    void aChildPastItsLimitIsKilledWithItsChildrenAndTheWaitFails() throws Exception {
        long t0 = System.nanoTime();
        ChildProcess p = ChildProcess.builder("sleeper", List.of("sh", "-c", "echo started; sleep 300 & wait"))
                .limit(Duration.ofSeconds(2)).start();
        assertThatThrownBy(p::waitFor).isInstanceOf(ChildProcess.TimedOut.class)
                .hasMessageContaining("sleeper did not end within 2 s").hasMessageContaining("started");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(60);
        assertThat(ProcessHandle.of(p.pid())).isEmpty();
    }

    @Test
    void awaitLineSeesAMarkerAndGivesUpWhenTheOutputEnds() throws Exception {
        try (ChildProcess p = ChildProcess.builder("printer", List.of("sh", "-c", "echo one; echo two; echo three")).start()) {
            assertThat(p.awaitLine(l -> l.equals("two"))).isTrue();
            assertThat(p.awaitLine(l -> l.equals("four"))).isFalse();
            assertThat(p.waitFor()).isZero();
        }
    }

    @Test
    void aNonZeroExitFailsWaitForSuccessWithTheChildsLastLines() throws Exception {
        try (ChildProcess p = ChildProcess.builder("failer", List.of("sh", "-c", "echo went wrong >&2; exit 3")).start()) {
            assertThatThrownBy(p::waitForSuccess).hasMessageContaining("failer failed (exit 3)")
                    .hasMessageContaining("went wrong");
        }
    }

    @Test
    void anInterruptibleChildStartsWithSigintAtItsDefaultAndDiesOfIt() throws Exception {
        // whatever this JVM inherited (a terminal, nohup, a CI runner that ignores SIGINT), the child reports
        // SIGINT not ignored (bit 2 of SigIgn clear), and the SIGINT ends it
        String script = "grep SigIgn /proc/self/status; echo ready; exec sleep 60";
        try (ChildProcess p = ChildProcess.builder("sleeper", List.of("sh", "-c", script)).interruptible()
                .limit(Duration.ofMinutes(1)).start()) {
            assertThat(p.awaitLine(l -> l.equals("ready"))).isTrue();
            long ignored = Long.parseLong(p.output().lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow()
                    .substring(7).strip(), 16);
            assertThat(ignored & 2).isZero();
            p.interrupt();
            assertThat(p.waitFor()).isEqualTo(130);
        }
    }
}
