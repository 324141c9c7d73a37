package khabar.core.event;

import java.util.Set;

/**
 * A stretch of tokens between function words: a noun phrase with the case marker (Urdu: the postposition
 * after it; English: the preposition before it) that says its part in the clause.
 *
 * @param begin   first token of the phrase
 * @param end     one past its last token
 * @param markers what its marker says (AGENT, TARGET, WITH, BY, PLACE, PREPOSITION); empty when unmarked
 * @param clause  the clause it is in (a running number within the sentence)
 */
record Chunk(int begin, int end, Set<FunctionWord> markers, int clause) {
    boolean unmarked() {
        return markers.isEmpty();
    }

    boolean has(FunctionWord w) {
        return markers.contains(w);
    }
}
