package khabar.jobs.cli;

import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) for long commands: the first one asks the command to stop at its next safe point
 * (a backfill: after the dates in progress are committed); a second one exits at once, which is safe
 * too (uncommitted dates keep their previous data) but wastes the work in progress. SIGTERM (a
 * scheduler's kill) keeps the JVM's default: exit at once.
 */
final class StopOnInterrupt {
    /** Exit code of a command stopped by Ctrl-C (128 + SIGINT, as shells report it). */
    static final int EXIT_CODE = 130;

    private StopOnInterrupt() {
    }

    static void install(AtomicBoolean stop) {
        Signal.handle(new Signal("INT"), signal -> {
            if (stop.getAndSet(true)) {
                System.err.println("khabar: second Ctrl-C, stopping now; dates not committed keep their previous "
                        + "data. Rerun the same command to resume.");
                System.exit(EXIT_CODE);
            }
            System.err.println("khabar: Ctrl-C, stopping after the dates in progress are committed "
                    + "(Ctrl-C again to stop at once). Rerun the same command to resume.");
        });
    }
}
