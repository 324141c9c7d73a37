package khabar.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/** Turns what went wrong while reading into a {@link Reject} with a stable reason code. */
final class ReadFailures {
    private ReadFailures() {
    }

    /**
     * The reject for {@code e}, raised while reading {@code origin} at {@code offset}: an expansion limit
     * is TOO_LARGE, an early end of a compressed stream TRUNCATED, a decoding error INVALID_ENCODING, the
     * rest UNREADABLE. {@code where} says what was being read ("after line 12").
     */
    static Reject reject(String origin, long offset, String where, IOException e) {
        if (e instanceof ExpansionLimit.Exceeded) {
            return new Reject(origin, offset, RejectReason.TOO_LARGE, e.getMessage() + " (" + where + ")", "");
        }
        if (e instanceof EOFException || isTruncation(e)) {
            return new Reject(origin, offset, RejectReason.TRUNCATED,
                    "input ends early " + where + ": " + e.getMessage(), "");
        }
        if (e instanceof CharacterCodingException) {
            return new Reject(origin, offset, RejectReason.INVALID_ENCODING,
                    "undecodable bytes " + where + ": " + e.getMessage(), "");
        }
        return new Reject(origin, offset, RejectReason.UNREADABLE, "read failed " + where + ": " + e, "");
    }

    private static boolean isTruncation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Truncated") || m.contains("truncated") || m.contains("Unexpected end")
                    || m.contains("unexpected end") || m.contains("premature end"))) {
                return true;
            }
        }
        return false;
    }
}
