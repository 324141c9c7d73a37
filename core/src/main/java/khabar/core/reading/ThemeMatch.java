package khabar.core.reading;

/**
 * One piece of evidence of a theme in a section: the lexicon term found at UTF-16 offsets
 * {@code [charBegin, charEnd)} of the section string, in sentence {@code sentenceIndex}.
 *
 * @param theme the GKG-style theme code ({@code PROTEST})
 * @param term  the lexicon term that matched (its token keys joined by one space)
 */
public record ThemeMatch(String theme, int sentenceIndex, int charBegin, int charEnd, String term) {
}
