package khabar.jobs.cli;

import khabar.jobs.nightly.RunRecord;
import khabar.jobs.nightly.TableCounts;

/** The few lines a run ends with: rows per table, rejects, seconds. */
final class Summary {
    private Summary() {
    }

    static String of(RunRecord run, String warehouse, double seconds) {
        TableCounts c = run.counts();
        return String.format("""
                khabar %s %s: %s in %.1f s (run %s, %d input files)
                  articles   %8d  (%d duplicates)
                  sentences  %8d
                  entities   %8d
                  events     %8d
                  rejects    %8d
                  tables under %s""",
                run.mode(), run.date(), run.status(), seconds, run.runId(), run.inputFiles(),
                c.articles(), c.duplicates(), c.sentences(), c.entities(), c.events(), c.rejects(), warehouse);
    }
}
