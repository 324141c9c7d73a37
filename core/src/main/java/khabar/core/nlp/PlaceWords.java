package khabar.core.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import khabar.core.text.Token;

/**
 * Generic words that NER often takes into a place's span ({@code Sindh province}, {@code دارالحکومت کابل},
 * {@code صوبہ انبار}): a LOCATION mention made of one known place and only these words is that place.
 * Compared with the tokens' normalized form, lower-cased. Each language's list is in its registry entry.
 *
 * @param words lower-case words
 */
record PlaceWords(Set<String> words) {
    PlaceWords {
        words = Set.copyOf(words);
    }

    /** Whether every token of {@code mention} outside {@code from..to} is a generic place word. */
    boolean onlyAround(List<Token> mention, int from, int to) {
        for (int i = 0; i < mention.size(); i++) {
            if ((i < from || i >= to) && !words.contains(mention.get(i).normalized().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
