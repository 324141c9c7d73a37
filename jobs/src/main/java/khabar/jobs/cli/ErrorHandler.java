package khabar.jobs.cli;

import khabar.core.config.ConfigProblem;
import khabar.jobs.tables.DateLease;
import picocli.CommandLine;

/**
 * Failures an operator can act on (bad config, missing input, too many rejects) are printed as one
 * clear line; anything else with its stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;
    static final int FAILED = 1;
    /** Another run holds the date (EX_TEMPFAIL of sysexits.h: try again later). */
    static final int BUSY = 75;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof ConfigProblem || e instanceof IllegalArgumentException) {
            cmd.getErr().println("khabar: " + e.getMessage());
            return USER_ERROR;
        }
        if (e instanceof DateLease.Held) {
            cmd.getErr().println("khabar: not run: " + e.getMessage());
            return BUSY;
        }
        if (e instanceof IllegalStateException) {
            cmd.getErr().println("khabar: run failed: " + e.getMessage());
            return FAILED;
        }
        cmd.getErr().println("khabar: unexpected failure:");
        e.printStackTrace(cmd.getErr());
        return FAILED;
    }
}
