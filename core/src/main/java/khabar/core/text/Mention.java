package khabar.core.text;

/**
 * One entity mention found in a sentence.
 *
 * @param sentenceIndex index of its sentence in the section
 * @param tokenBegin    index of its first token in the sentence
 * @param tokenEnd      index one past its last token in the sentence
 * @param charBegin     UTF-16 offset into the analysed string
 * @param charEnd       UTF-16 offset one past its last char; {@code text = source.substring(charBegin, charEnd)}
 * @param text          the mention as written
 * @param normalized    its normalized form (used for matching and grouping)
 * @param type          its type
 * @param confidence    0..1, how sure the extractor is
 * @param extractor     which extractor found it, e.g. {@code corenlp-conll4}, {@code ur-crf}
 * @param link          what the linker knows of it, or {@link Link#NONE}
 */
public record Mention(int sentenceIndex, int tokenBegin, int tokenEnd, int charBegin, int charEnd,
                      String text, String normalized, EntityType type, double confidence, String extractor,
                      Link link) {

    public Mention {
        if (link == null) {
            link = Link.NONE;
        }
    }

    public Mention withLink(Link newLink) {
        return new Mention(sentenceIndex, tokenBegin, tokenEnd, charBegin, charEnd, text, normalized, type,
                confidence, extractor, newLink);
    }
}
