package khabar.core.event.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import khabar.core.event.CodedEvent;
import khabar.core.lang.LanguageRegistry;

/** Whether a predicted actor or place is one of the gold alternatives. */
final class AttributeChecks {
    private AttributeChecks() {
    }

    /** Country and role both as in one alternative; {@code -} matches no actor or one without country and role. */
    static boolean actor(List<String> alternatives, String country, String role) {
        for (String a : alternatives) {
            if (a.equals("-") ? country == null && role == null
                    : Objects.equals(part(a, 0), country) && Objects.equals(part(a, 1), role)) {
                return true;
            }
        }
        return false;
    }

    /** The country as in one alternative (roles ignored). */
    static boolean actorCountry(List<String> alternatives, String country) {
        for (String a : alternatives) {
            if (Objects.equals(a.equals("-") ? null : part(a, 0), country)) {
                return true;
            }
        }
        return false;
    }

    private static String part(String actor, int i) {
        String p = actor.split("/")[i];
        return p.equals("-") ? null : p;
    }

    /**
     * The place as in one alternative: {@code -} = none predicted; a kb id (has a colon) = the same
     * {@code location_kb_id}; text = one normalized text contains the other (غزہ in وسطی غزہ).
     */
    static boolean place(List<String> alternatives, CodedEvent e, String language) {
        for (String a : alternatives) {
            if (a.equals("-")) {
                if (e.locationText() == null && e.locationKbId() == null) {
                    return true;
                }
            } else if (a.contains(":")) {
                if (a.equals(e.locationKbId())) {
                    return true;
                }
            } else if (e.locationText() != null) {
                String gold = normalize(a, language);
                String predicted = normalize(e.locationText(), language);
                if (!predicted.isEmpty() && (predicted.contains(gold) || gold.contains(predicted))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String normalize(String s, String language) {
        String n = LanguageRegistry.find(language).map(l -> l.lexiconKey(s)).orElse(s);
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
