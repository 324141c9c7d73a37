package khabar.core.event;

/**
 * One line of a trigger lexicon.
 *
 * @param pattern the pattern as written (for messages)
 * @param code    the CAMEO code, or null for a stop phrase (matched and consumed, never an event)
 * @param verb    a verb or verb phrase (true) or a noun (false)
 * @param report  an attribution verb (said, کہا): kept only when nothing else is coded outside quotes
 * @param weak    kept only when the sentence has no strong trigger (killed, ہلاک, war)
 * @param patient its unmarked subject is the one acted upon (died, ہلاک ہوئے)
 */
record Trigger(String pattern, CameoCode code, boolean verb, boolean report, boolean weak, boolean patient) {
    boolean isStop() {
        return code == null;
    }

    /** Strong triggers decide what a sentence is about; weak and report triggers give way to them. */
    boolean strong() {
        return !report && !weak;
    }
}
