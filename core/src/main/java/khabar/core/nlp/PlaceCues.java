package khabar.core.nlp;

import java.util.Set;

/**
 * Words next to a place name that say which kind of place it is, for names that are both ({@code Kandahar
 * province}, {@code صوبہ قندھار}, {@code Washington state}, {@code ریاست واشنگٹن}; {@code the city of Kandahar},
 * {@code قندھار شہر}). Lower case, in the tokens' normalized form. Each language's lists are in its registry entry.
 *
 * @param regionWords before or after the name: a first-level region (state, province, governorate)
 * @param cityWords   before or after the name: a city
 * @param ofWords     words that join a cue to the name after it ({@code of} in "the city of X")
 */
public record PlaceCues(Set<String> regionWords, Set<String> cityWords, Set<String> ofWords) {
    public PlaceCues {
        regionWords = Set.copyOf(regionWords);
        cityWords = Set.copyOf(cityWords);
        ofWords = Set.copyOf(ofWords);
    }

    /** No cues. */
    public static final PlaceCues NONE = new PlaceCues(Set.of(), Set.of(), Set.of());
}
