package khabar.jobs.nightly;

import java.time.LocalDate;

/** A date of a group whose run this process holds (its lease taken): its input and its run's 'running' ledger row. */
record DateRun(DateInput input, RunRecord run) {
    LocalDate date() {
        return input.date();
    }

    String runId() {
        return run.runId();
    }

    /** The date's result when its run fails with {@code e}: its ledger row says failed, with no rows counted. */
    NightlyJob.DateResult failed(RuntimeException e) {
        return new NightlyJob.DateResult(run.finished("failed", TableCounts.NONE, String.valueOf(e.getMessage())), e);
    }
}
