package khabar.core.ner;

import java.util.List;

/**
 * One sentence of a gold file: its tokens and its entity spans.
 *
 * @param tokens the tokens, in order
 * @param spans  the gold entity spans, in order
 */
public record GoldSentence(List<String> tokens, List<Span> spans) {
    public GoldSentence {
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
    }
}
