package khabar.core.urdu.ner;

import java.util.ArrayList;
import java.util.List;

import khabar.core.text.EntityType;
import khabar.core.text.Token;
import khabar.core.urdu.UrduNormalizer;

/**
 * How the Urdu CRF sees tokens and labels: the normalized form of each token ({@link UrduNormalizer}),
 * and one IO label per token, the {@link EntityType} name or {@code O}. Training and tagging both go
 * through here, so they cannot drift apart: the taggers, gazetteers, word clusters and name induction map
 * token lists with {@link #featureForms} (raw tokens) or {@link #tokenFeatureForms} (tokenizer tokens that carry
 * their normalized form); the training data and word statistics call {@link #featureForm(String)} per token.
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

    /** The feature forms of raw tokens, in order: {@link #featureForm(String)} of each. */
    public static List<String> featureForms(List<String> tokens) {
        List<String> forms = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            forms.add(featureForm(t));
        }
        return forms;
    }

    /**
     * The feature form of a token that carries its normalized form ({@link khabar.core.urdu.UrduTokenizer}'s
     * tokens: {@code normalized} is {@link UrduNormalizer#normalize} of the text), without normalizing again:
     * the normalized form, or the text when that is blank, with spaces as {@code _}.
     *
     * <p>For the tokenizer's tokens this is {@link #featureForm(String) featureForm(token.text())} (a token
     * never holds a space and is never empty; {@code UrduNerLabelsTest} checks it on the seed). Known difference
     * on other tokens, kept so that the tagger's output does not move: no {@code strip()} of the normalized
     * form, an empty text stays empty instead of {@code _}, and a blank form falls back to the text with its
     * spaces as {@code _}.
     */
    public static String tokenFeatureForm(Token token) {
        String n = token.normalized() == null || token.normalized().isBlank() ? token.text() : token.normalized();
        return n.indexOf(' ') < 0 ? n : n.replace(' ', '_');
    }

    /** The feature forms of tokens that carry their normalized form, in order: {@link #tokenFeatureForm} of each. */
    public static List<String> tokenFeatureForms(List<Token> tokens) {
        List<String> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            forms.add(tokenFeatureForm(t));
        }
        return forms;
    }

    /** The label for a type: its name if the model is trained on it, else {@link #OUTSIDE}. */
    public static String label(EntityType type) {
        return type != null && TYPES.contains(type) ? type.name() : OUTSIDE;
    }
}
