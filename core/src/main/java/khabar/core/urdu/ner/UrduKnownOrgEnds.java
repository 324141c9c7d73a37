package khabar.core.urdu.ner;

import java.util.ArrayList;
import java.util.List;

import khabar.core.ner.Span;
import khabar.core.text.EntityType;

/**
 * Rule {@code knownOrgEnd}: a CRF ORGANIZATION span that starts where a known organization name starts and runs
 * past its end ends with the name when none of the extra words could belong to a name: not an organization head
 * ({@code کونسل}, {@code کمیشن}: ORGKEY), not a word of a known place or organization, not a person-name word.
 * The word after a name is then a descriptor that IL-NER leaves outside the span ({@code … فار ہیومن رائٹس وار
 * مانیٹر}, "the ... war monitor"); a real longer name ({@code اقوام متحدہ سلامتی کونسل}) keeps its span.
 * Applied to the CRF spans before the known names are merged in ({@link UrduNer#tagForms}).
 */
final class UrduKnownOrgEnds {
    private UrduKnownOrgEnds() {
    }

    static List<Span> apply(List<Span> crfSpans, List<Span> known, List<String> forms, UrduGazetteers g) {
        List<Span> out = new ArrayList<>(crfSpans.size());
        for (Span c : crfSpans) {
            out.add(c.type() == EntityType.ORGANIZATION ? cut(c, known, forms, g) : c);
        }
        return out;
    }

    private static Span cut(Span c, List<Span> known, List<String> forms, UrduGazetteers g) {
        for (Span k : known) {
            if (k.type() == EntityType.ORGANIZATION && k.begin() == c.begin() && k.end() < c.end()
                    && noNameWord(forms.subList(k.end(), c.end()), g)) {
                return new Span(c.begin(), k.end(), c.type());
            }
        }
        return c;
    }

    private static boolean noNameWord(List<String> words, UrduGazetteers g) {
        for (String w : words) {
            if (g.entries(UrduGazetteers.Kind.ORGKEY).contains(w) || g.knownType(w) != null || g.isNamePart(w)) {
                return false;
            }
        }
        return true;
    }
}
