package khabar.core.urdu.ner;

import java.util.List;

import khabar.core.text.EntityType;
import khabar.core.urdu.UrduNormalizer;

/**
 * How the Urdu CRF sees tokens and labels: the normalized form of each token ({@link UrduNormalizer}),
 * and one IO label per token, the {@link EntityType} name or {@code O}. Training and tagging both go
 * through here, so they cannot drift apart.
 */
public final class UrduNerLabels {
    /** The types the Urdu model is trained on (IL-NER's NEP, NEL, NEO, NEN, NETI; NEAR is dropped). */
    public static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.LOCATION,
            EntityType.ORGANIZATION, EntityType.NUMBER, EntityType.TIME);

    /** The label of tokens outside any entity. */
    public static final String OUTSIDE = "O";

    /** Every label of the model: {@link #OUTSIDE} and the {@link #TYPES}' names. */
    public static final List<String> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(OUTSIDE),
            TYPES.stream().map(EntityType::name)).toList();

    private UrduNerLabels() {
    }

    /** The form the CRF's features read: the normalized token, or the token itself if that is empty. */
    public static String featureForm(String token) {
        String n = UrduNormalizer.normalize(token).strip();
        if (n.isEmpty()) {
            return token.isEmpty() ? "_" : token;
        }
        return n.indexOf(' ') < 0 ? n : n.replace(' ', '_');
    }

    /** The label for a type: its name if the model is trained on it, else {@link #OUTSIDE}. */
    public static String label(EntityType type) {
        return type != null && TYPES.contains(type) ? type.name() : OUTSIDE;
    }
}
