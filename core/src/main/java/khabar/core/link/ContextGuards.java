package khabar.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Context in which a name found by a scan is not a place: Urdu شام is Syria but also "evening"
 * ({@code جمعرات کی شام}), چین is China but also "rest" ({@code بے چین}). Read from {@code guards.tsv};
 * used by {@link EntityLinker#findAll}, and, the before/after guards only, by
 * {@link EntityLinker#contextRulesOut} for mentions NER typed as places (the Urdu CRF tags شام in آج شام).
 */
final class ContextGuards {
    /** The word that matches any number in a guard phrase. */
    static final String NUMBER = "<num>";

    /** Where a guard looks. */
    enum Side {
        /** The phrases precede the name. */
        BEFORE,
        /** The phrases follow the name. */
        AFTER,
        /** In a scan the name is never taken as a place in this language (Urdu مالی "financial" = Mali). */
        ALWAYS
    }

    /**
     * @param language the language whose texts the guard applies to
     * @param side     where the phrases are
     * @param phrases  normalized pieces of each phrase; empty for {@link Side#ALWAYS}
     */
    record Guard(String language, Side side, List<List<String>> phrases) {
        Guard {
            phrases = phrases.stream().map(List::copyOf).toList();
        }
    }

    private final Map<String, List<Guard>> byKey;

    ContextGuards(Map<String, List<Guard>> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * True when a guard of the text's language (a base ISO 639 code; null when unknown: all guards apply)
     * rules out the match {@code [from, to)} on {@code key}.
     */
    boolean blocks(String key, String language, PieceSequence seq, int from, int to) {
        return blocks(key, language, seq, from, to, true);
    }

    /** Like {@link #blocks} with the before/after guards only: the context, not the name, rules the match out. */
    boolean blocksByContext(String key, String language, PieceSequence seq, int from, int to) {
        return blocks(key, language, seq, from, to, false);
    }

    private boolean blocks(String key, String language, PieceSequence seq, int from, int to, boolean always) {
        List<Guard> guards = byKey.get(key);
        if (guards == null) {
            return false;
        }
        for (Guard g : guards) {
            if (language != null && !language.equals(g.language())) {
                continue;
            }
            if (g.side() == Side.ALWAYS) {
                if (always) {
                    return true;
                }
                continue;
            }
            for (List<String> phrase : g.phrases()) {
                int start = g.side() == Side.BEFORE ? from - phrase.size() : to;
                if (matches(seq, start, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(PieceSequence seq, int start, List<String> phrase) {
        if (start < 0 || start + phrase.size() > seq.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            String piece = seq.piece(start + i);
            String want = phrase.get(i);
            boolean ok = want.equals(NUMBER) ? isNumber(piece) : want.equals(piece);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String piece) {
        return !piece.isEmpty() && piece.chars().allMatch(Character::isDigit);
    }

    /** Parses the normalized phrases of one {@code guards.tsv} column ({@code |} between phrases). */
    static List<List<String>> phrases(String column) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : column.split("\\|")) {
            if (phrase.isBlank()) {
                continue;
            }
            out.add(phrase.strip().equals(NUMBER) ? List.of(NUMBER) : LinkKeys.pieces(phrase));
        }
        return out;
    }
}
