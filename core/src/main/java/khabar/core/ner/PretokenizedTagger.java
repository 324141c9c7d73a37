package khabar.core.ner;

import java.util.List;

/**
 * A named-entity tagger over sentences that are already tokenized, as gold files are. Used by
 * {@link NerEvaluator}; implemented by the Urdu CRF and by the English CoreNLP tagger.
 */
public interface PretokenizedTagger {
    /**
     * Tags one sentence.
     *
     * @param tokens the tokens of one sentence, as written in the gold file
     * @return the entity spans found, over token indices, in any order, not overlapping
     */
    List<Span> tag(List<String> tokens);
}
