package khabar.core.event.eval;

import java.util.List;

/**
 * One sentence of an event gold set with the events it reports (none for a sentence that reports no event).
 *
 * @param id     identifier, unique in its file ({@code en017})
 * @param text   the sentence
 * @param events its events, in file order
 * @param line   line of the {@code S} row, for messages
 */
public record GoldEventSentence(String id, String text, List<GoldEvent> events, int line) {
    public GoldEventSentence {
        events = List.copyOf(events);
    }
}
