package khabar.core.text;

import java.util.List;

/** What a {@link TextAnalyzer} found in one string: sentences with tokens, and entity mentions. */
public record Analysis(List<Sentence> sentences, List<Mention> mentions) {
    public Analysis {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public static final Analysis EMPTY = new Analysis(List.of(), List.of());

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
