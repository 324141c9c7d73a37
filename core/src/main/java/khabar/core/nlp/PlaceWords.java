package khabar.core.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import khabar.core.text.Token;

/**
 * Generic words that NER often takes into a place's span ({@code Sindh province}, {@code دارالحکومت کابل},
 * {@code صوبہ انبار}): a LOCATION mention made of one known place and only these words is that place.
 * Compared with the tokens' normalized form, lower-cased.
 */
final class PlaceWords {
    private static final Set<String> WORDS = Set.of(
            "province", "city", "capital", "state", "region", "district", "governorate", "town", "village",
            "county", "area", "of",
            "صوبہ", "صوبے", "شہر", "دارالحکومت", "ضلع", "علاقہ", "علاقے", "گاؤں", "قصبہ", "قصبے");

    private PlaceWords() {
    }

    /** Whether every token of {@code mention} outside {@code from..to} is a generic place word. */
    static boolean onlyAround(List<Token> mention, int from, int to) {
        for (int i = 0; i < mention.size(); i++) {
            if ((i < from || i >= to) && !WORDS.contains(mention.get(i).normalized().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
