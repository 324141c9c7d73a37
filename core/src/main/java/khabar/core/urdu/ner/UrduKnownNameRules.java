package khabar.core.urdu.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.urdu.UrduResources;

/**
 * How the known place and organization names ({@link UrduGazetteers#matchKnown}) meet the CRF's spans in
 * {@link UrduNer#tagForms}: adjacent known names that the IO labels ran together are split ({@code tiles}), a
 * leading known place is cut off a PERSON span ({@code leadingPlace}), a known place followed by an
 * organization tail becomes the organization ({@code orgTails}, {@code farOrgTails}, {@code crfOrgTails}), and
 * known names replace the CRF spans they cover ({@link #merge}). Stateless.
 */
final class UrduKnownNameRules {
    private UrduKnownNameRules() {
    }

    /**
     * A CRF span made exactly of two or more adjacent known names ({@code لکھنؤ اترپردیش}, the IO labels
     * cannot separate them) becomes those names.
     */
    static List<Span> splitKnownTiles(List<Span> spans, List<Span> known) {
        if (known.size() < 2) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            List<Span> pieces = new ArrayList<>();
            int at = s.begin();
            for (Span k : known) {
                if (k.begin() == at && k.end() <= s.end()) {
                    pieces.add(k);
                    at = k.end();
                }
            }
            if (pieces.size() >= 2 && at == s.end()) {
                out.addAll(pieces);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A CRF PERSON span that starts with a known place and goes on ({@code بھارت من موہن سنگھ}, "India's
     * Manmohan Singh") becomes the place and the person.
     */
    static List<Span> splitLeadingPlace(List<Span> spans, List<Span> known) {
        if (known.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Span lead = null;
            if (s.type() == EntityType.PERSON) {
                for (Span k : known) {
                    if (k.type() == EntityType.LOCATION && k.begin() == s.begin() && k.end() < s.end()) {
                        lead = k;
                    }
                }
            }
            if (lead == null) {
                out.add(s);
            } else {
                out.add(lead);
                out.add(new Span(lead.end(), s.end(), EntityType.PERSON));
            }
        }
        return out;
    }

    /** Words that, after a place name, make it the name of an organization ({@code پشاور ہائی کورٹ}). */
    private static final Set<String> ORG_TAILS = UrduResources.get().words("org-tails");
    /**
     * Tails that end an organization name a few words after a place ({@code ہری پور وکاس کمیٹی}, {@code کراچی
     * واٹر اینڈ سیوریج بورڈ}); {@code پولیس} and {@code اسمبلی} only right after the place.
     */
    private static final Set<String> FAR_ORG_TAILS = UrduResources.get().words("far-org-tails");
    /** How many words may stand between the place and a far tail. */
    private static final int FAR_TAIL_WORDS = 4;
    /** Words that join two words inside an organization name ({@code واٹر سپلائی اور سیوریج بورڈ}). */
    private static final Set<String> NAME_JOINERS = UrduResources.get().words("name-joiners");
    /** Words that end an organization name's {@code آف ...} tail. */
    private static final Set<String> TAIL_STOPS = UrduResources.get().words("tail-stops");

    /**
     * A known place followed by an organization tail ({@code یونیورسٹی}, {@code ہائی کورٹ}, {@code پولیس} …)
     * is an organization, with an English-style {@code آف X} continuation when one follows
     * ({@code کوچین یونیورسٹی آف سائنس اینڈ ٹیکنالوجی}).
     */
    static List<Span> placeOrgTails(List<Span> known, List<String> forms) {
        return placeOrgTails(known, forms, Set.of());
    }

    static List<Span> placeOrgTails(List<Span> known, List<String> forms, Set<String> off) {
        List<Span> out = new ArrayList<>(known.size());
        for (Span k : known) {
            int e = k.end();
            if (k.type() == EntityType.LOCATION && e < forms.size()) {
                int end = -1;
                if (ORG_TAILS.contains(forms.get(e)) || FAR_ORG_TAILS.contains(forms.get(e))) {
                    end = e + 1;
                } else if (e + 1 < forms.size() && forms.get(e).equals("ہائی") && forms.get(e + 1).equals("کورٹ")) {
                    end = e + 2;
                } else if (!off.contains("farOrgTails")) {
                    end = farTail(forms, e);
                }
                if (end > 0) {
                    if (end + 1 < forms.size() && forms.get(end).equals("آف")
                            && !TAIL_STOPS.contains(forms.get(end + 1))) {
                        int j = end + 1;
                        while (j < forms.size() && j < end + 7 && !TAIL_STOPS.contains(forms.get(j))) {
                            j++;
                        }
                        end = j;
                    }
                    out.add(new Span(k.begin(), end, EntityType.ORGANIZATION));
                    continue;
                }
            }
            out.add(k);
        }
        return out;
    }

    /**
     * The end of an organization name whose tail ({@link #FAR_ORG_TAILS}) comes 1 to {@value #FAR_TAIL_WORDS}
     * words after a place ending at {@code e}: the words between are no postposition, verb or punctuation
     * ({@link #TAIL_STOPS}), except a joining {@code اور}/{@code اینڈ} between two of them; -1 when none.
     */
    private static int farTail(List<String> forms, int e) {
        for (int j = e + 1; j < forms.size() && j <= e + FAR_TAIL_WORDS; j++) {
            String w = forms.get(j - 1);
            boolean joiner = NAME_JOINERS.contains(w) && j - 1 > e;
            if (!joiner && (TAIL_STOPS.contains(w) || FAR_ORG_TAILS.contains(w) || w.length() < 2)) {
                return -1;
            }
            if (FAR_ORG_TAILS.contains(forms.get(j)) && !NAME_JOINERS.contains(w)) {
                return j + 1;
            }
        }
        return -1;
    }

    /** Known names replace the CRF spans they cover and fill gaps; CRF spans reaching past them win. */
    static List<Span> merge(List<Span> crfSpans, List<Span> known) {
        if (known.isEmpty()) {
            return crfSpans;
        }
        List<Span> out = new ArrayList<>(crfSpans);
        for (Span k : known) {
            boolean blocked = false;
            List<Span> covered = new ArrayList<>();
            for (Span c : out) {
                if (c.begin() < k.end() && k.begin() < c.end()) {
                    if (c.begin() >= k.begin() && c.end() <= k.end()) {
                        covered.add(c);
                    } else {
                        blocked = true;
                    }
                }
            }
            if (!blocked) {
                out.removeAll(covered);
                out.add(k);
            }
        }
        out.sort(Comparator.comparingInt(Span::begin));
        return out;
    }
}
