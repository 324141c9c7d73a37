package khabar.core.urdu.ner;

import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of the Urdu NER's known-name pass that can be switched off, by name: for ablations
 * ({@code eval-ner --cv N --ablate a,b}) and in the configuration ({@code khabar.nlp.urdu.ner-rules-off}).
 * What each does: the Javadoc of {@link UrduNer} and {@link UrduSpanRepairs}, and docs/urdu-ner.md.
 */
public final class UrduNerRules {
    /** Every rule's name. */
    public static final Set<String> ALL = Set.of("trimBrackets", "tiles", "leadingPlace", "orgTails", "farOrgTails",
            "crfOrgTails", "chain", "personRuns", "titledPerson", "nameSuffixes", "namePartTitles", "roleTrim",
            "numberCut", "trailingPlace", "initials", "roleNames", "knownOrgEnd");

    private UrduNerRules() {
    }

    /** {@code rules}, checked: each is in {@link #ALL}. */
    public static Set<String> checked(Set<String> rules) {
        if (!ALL.containsAll(rules)) {
            Set<String> unknown = new TreeSet<>(rules);
            unknown.removeAll(ALL);
            throw new IllegalArgumentException("not rules of the Urdu NER: " + unknown + " (known: " + new TreeSet<>(ALL)
                    + "; docs/urdu-ner.md)");
        }
        return Set.copyOf(rules);
    }
}
