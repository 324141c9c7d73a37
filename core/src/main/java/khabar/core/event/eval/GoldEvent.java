package khabar.core.event.eval;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One event of a gold sentence, as a human coder read it. Every field lists the answers a careful coder
 * could give (most have one).
 *
 * @param codes  CAMEO codes: roots ({@code 19}) or full codes ({@code 194}, {@code 0871})
 * @param actor1 source actor: {@code CC/ROLE} with {@code -} for an unknown part, or {@code -} for none
 * @param actor2 target actor, same form
 * @param places where it happened, as written in the sentence or as a kb id ({@code iso3166:IQ}); {@code -}
 *               when the sentence does not say
 * @param line   line of the {@code E} row in its file, for messages
 */
public record GoldEvent(List<String> codes, List<String> actor1, List<String> actor2, List<String> places,
                        int line) {
    public GoldEvent {
        codes = List.copyOf(codes);
        actor1 = List.copyOf(actor1);
        actor2 = List.copyOf(actor2);
        places = List.copyOf(places);
    }

    /** The CAMEO roots the codes allow (first two digits of each). */
    public Set<String> roots() {
        return codes.stream().map(c -> c.substring(0, 2)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a predicted root is one of the allowed roots. */
    public boolean allowsRoot(String root) {
        return root != null && roots().contains(root);
    }

    /** Whether the gold gives at least one full code (not just a root). */
    public boolean hasFullCode() {
        return codes.stream().anyMatch(c -> c.length() > 2);
    }

    /** Whether a predicted full code is one of the full codes given. */
    public boolean allowsCode(String code) {
        return codes.stream().anyMatch(c -> c.length() > 2 && c.equals(code));
    }
}
