package khabar.core.urdu.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.urdu.UrduTokenizer;
import khabar.core.urdu.UrduResources;

/**
 * Repairs of span edges that IO-labelled CRF output gets wrong in news (issue 25; decided on the news dev
 * set's error categories and checked on cross-validation, docs/urdu-ner.md). Each is a general fact about
 * Urdu names, not a list of names:
 * <ul>
 *   <li>{@code roleTrim}: a PERSON span that starts with a role, office or profession
 *       ({@code ملزم}, {@code اداکارہ}, {@code وکیل}, {@code سابق وزیر اعظم}: {@link UrduGazetteers#roleEnd}) loses it;</li>
 *   <li>{@code numberCut}: a PERSON span stops before a token with a digit ({@code ریڈی 25 نومبر});</li>
 *   <li>{@code trailingPlace}: a PERSON span that ends in a known place that is not also a person word
 *       ({@code نتیش کمار بہار}) becomes the person and the place;</li>
 *   <li>{@code initials}: spelled Latin letters ({@code ڈی کے}, {@code جے پی}) right before a PERSON span are
 *       its initials (unless they spell a role, {@code ایس ایچ او}). A run of letters outside every span is left
 *       alone: taking it for an organization ({@code آئی ایم ایف}) helped the news dev set by 0.001 and cost
 *       cross-validation 0.043 (IL-NER leaves most spelled letters untagged).</li>
 *   <li>{@code roleNames}: one to three words right after a role ({@code جسٹس}, {@code ملزم}, {@code کپتان}), outside
 *       every span, ending at a postposition, comma, {@code اور} or the sentence end, at least one of them a
 *       person-name word ({@link UrduGazetteers#isNamePart}) and none a function word, role or known place, are a
 *       PERSON.</li>
 * </ul>
 * Stateless; the rules read the gazetteers only.
 */
final class UrduSpanRepairs {
    private UrduSpanRepairs() {
    }

    /** Applies the repairs not switched off in {@code off}. */
    static List<Span> apply(List<Span> spans, List<String> forms, UrduGazetteers g, java.util.Set<String> off) {
        List<Span> out = spans;
        if (!off.contains("roleTrim")) {
            out = trimRoles(out, forms, g);
        }
        if (!off.contains("numberCut")) {
            out = cutAtNumbers(out, forms);
        }
        if (!off.contains("trailingPlace")) {
            out = splitTrailingPlace(out, forms, g);
        }
        if (!off.contains("initials")) {
            out = initialsAndAcronyms(out, forms, g);
        }
        if (!off.contains("roleNames")) {
            out = namesAfterRoles(out, forms, g);
        }
        return out;
    }

    static List<Span> trimRoles(List<Span> spans, List<String> forms, UrduGazetteers g) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int b = s.begin();
            if (s.type() == EntityType.PERSON) {
                int e;
                while (b < s.end() && (e = g.roleEnd(forms, b)) > 0 && e <= s.end()) {
                    b = e;
                }
            }
            if (b == s.begin()) {
                out.add(s);
            } else if (b < s.end()) {
                out.add(new Span(b, s.end(), s.type()));
            }
        }
        return out;
    }

    static List<Span> cutAtNumbers(List<Span> spans, List<String> forms) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int e = s.begin();
            while (s.type() == EntityType.PERSON && e < s.end() && !hasDigit(forms.get(e))) {
                e++;
            }
            if (s.type() != EntityType.PERSON || e == s.end()) {
                out.add(s);
            } else if (e > s.begin()) {
                out.add(new Span(s.begin(), e, s.type()));
            }
        }
        return out;
    }

    private static boolean hasDigit(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (Character.isDigit(form.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static List<Span> splitTrailingPlace(List<Span> spans, List<String> forms, UrduGazetteers g) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int split = -1;
            if (s.type() == EntityType.PERSON && s.length() >= 2) {
                for (int b = s.begin() + 1; b < s.end() && split < 0; b++) {
                    String tail = String.join(" ", forms.subList(b, s.end()));
                    if (g.knownType(tail) == EntityType.LOCATION && !(s.end() - b == 1 && g.isPersonWord(tail))) {
                        split = b;
                    }
                }
            }
            if (split < 0) {
                out.add(s);
            } else {
                out.add(new Span(s.begin(), split, EntityType.PERSON));
                out.add(new Span(split, s.end(), EntityType.LOCATION));
            }
        }
        return out;
    }

    static List<Span> initialsAndAcronyms(List<Span> spans, List<String> forms, UrduGazetteers g) {
        boolean[] taken = new boolean[forms.size()];
        for (Span s : spans) {
            for (int i = s.begin(); i < s.end(); i++) {
                taken[i] = true;
            }
        }
        List<Span> out = new ArrayList<>(spans);
        int i = 0;
        while (i < forms.size()) {
            if (taken[i] || !isLetter(forms.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < forms.size() && !taken[j] && isLetter(forms.get(j))) {
                j++;
            }
            // کے is the genitive "of" unless it sits between initials and the name (ڈی کے شیوکمار)
            int end = j < forms.size() - 1 && forms.get(j).equals(KE) && startingAt(out, j + 1, EntityType.PERSON) != null
                    ? j + 1 : j;
            Span person = startingAt(out, end, EntityType.PERSON);
            if (!inRole(forms, i, j, g)) {
                if (person != null) {
                    out.remove(person);
                    out.add(new Span(i, person.end(), EntityType.PERSON));
                }
            }
            i = j;
        }
        out.sort(Comparator.comparingInt(Span::begin));
        return out;
    }

    /** The genitive postposition, also how Urdu spells the letter K. */
    private static final String KE = "کے";

    private static boolean isLetter(String form) {
        return !form.equals(KE) && UrduTokenizer.isLetterName(form);
    }

    private static Span startingAt(List<Span> spans, int begin, EntityType type) {
        for (Span s : spans) {
            if (s.begin() == begin && s.type() == type) {
                return s;
            }
        }
        return null;
    }

    /** Whether a role ends inside or at the end of {@code [b, j)} starting anywhere in it ({@code ... ایس ایچ او}). */
    private static boolean inRole(List<String> forms, int b, int j, UrduGazetteers g) {
        for (int k = b; k < j; k++) {
            int e = g.roleEnd(forms, k);
            if (e > 0 && e <= j) {
                return true;
            }
        }
        return false;
    }

    /** What may end a name that follows a role. */
    private static final java.util.Set<String> NAME_ENDS = UrduResources.get().words("name-ends");

    static List<Span> namesAfterRoles(List<Span> spans, List<String> forms, UrduGazetteers g) {
        boolean[] taken = Span.covered(spans, forms.size());
        List<Span> added = new ArrayList<>();
        int i = 0;
        while (i < forms.size()) {
            int b = g.roleEnd(forms, i);
            if (b < 0) {
                i++;
                continue;
            }
            int e = b;
            boolean namePart = false;
            while (e < forms.size() && e - b < 3 && !taken[e] && plainWord(forms.get(e), g) && g.roleEnd(forms, e) < 0
                    && g.knownType(forms.get(e)) == null) {
                namePart |= g.isNamePart(forms.get(e));
                e++;
            }
            boolean ends = e == forms.size() || NAME_ENDS.contains(forms.get(e));
            if (e > b && ends && namePart) {
                added.add(new Span(b, e, EntityType.PERSON));
            }
            i = Math.max(e, i + 1);
        }
        return Span.withAdded(spans, added);
    }

    private static boolean plainWord(String form, UrduGazetteers g) {
        if (form.length() < 2 || UrduGazetteerBuilder.FUNCTION_WORDS.contains(form) || NAME_ENDS.contains(form)) {
            return false;
        }
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            if (c < '\u0621' || c > '\u06D3' || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
