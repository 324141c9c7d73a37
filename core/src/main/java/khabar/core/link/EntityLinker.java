package khabar.core.link;

import khabar.core.text.EntityType;
import khabar.core.text.Link;
import khabar.core.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Links place names and nationality adjectives, in any language, to language-independent ids:
 * {@code iso3166:IQ} for عراق, Iraq, Irak and العراق alike; {@code city:IQ:baghdad} for بغداد and Baghdad;
 * امریکی and American to the United States with subtype NATIONALITY. Names come from Unicode CLDR (country
 * names and time-zone exemplar cities in every ICU locale) and from curated files of news aliases,
 * demonyms and places CLDR lacks; see docs/linking.md.
 *
 * <p>Immutable and thread-safe. The data load once per JVM, on the first call to {@link #shared()}.
 */
public final class EntityLinker {
    private final Gazetteer gazetteer;
    private final ContextGuards guards;
    private final Map<String, GeoPoint> points;

    EntityLinker(Gazetteer gazetteer, ContextGuards guards, Map<String, GeoPoint> points) {
        this.gazetteer = gazetteer;
        this.guards = guards;
        this.points = Map.copyOf(points);
    }

    private static final class Holder {
        static final EntityLinker SHARED = GazetteerLoader.load();
    }

    /** The linker of this JVM, loaded on first use (about half a second). */
    public static EntityLinker shared() {
        return Holder.SHARED;
    }

    /**
     * Links one whole mention, as written, to what it names.
     *
     * <p>The match is exact on normalized text: case-insensitive for cased scripts (but an acronym such as
     * {@code US} only matches in capitals), Urdu-normalized for Arabic script, full stops ignored
     * ({@code U.S.}), a leading English "the" and a leading Arabic article ال dropped when needed. Names of
     * the mention's language are preferred, then those of near languages, then those of any language.
     *
     * @param mention  the mention text
     * @param language ISO 639-1 code of the text (a tag such as {@code ur-PK} is fine; null or {@code und}
     *                 when unknown)
     * @param type     the NER type, or null; PERSON, ORGANIZATION, DATE, TIME and NUMBER are never linked
     * @return the link, or {@link Link#NONE} when nothing is known under that name
     */
    public Link link(String mention, String language, EntityType type) {
        if (mention == null || !linkable(type)) {
            return Link.NONE;
        }
        List<String> pieces = LinkKeys.pieces(mention);
        if (pieces.size() > 1 && pieces.get(0).equals("the")) {
            pieces = pieces.subList(1, pieces.size());
        }
        if (pieces.isEmpty()) {
            return Link.NONE;
        }
        Gazetteer.Match m = gazetteer.longest(PieceSequence.ofPieces(pieces), 0, gazetteer.scope(language, true));
        return m != null && m.to() == pieces.size() ? m.link() : Link.NONE;
    }

    /**
     * Every place a mention may name, as {@link #link} matches it: the default reading (what {@code link}
     * returns) first, then the others the same names give in the same language tier, e.g. Georgia: the country,
     * then the US state; عمان: Oman, then Amman. One element for an unambiguous name, none for an unknown one.
     * For {@code khabar.core.nlp}'s context rules, which choose among them.
     */
    public List<Link> readings(String mention, String language, EntityType type) {
        if (mention == null || !linkable(type)) {
            return List.of();
        }
        List<String> pieces = LinkKeys.pieces(mention);
        if (pieces.size() > 1 && pieces.get(0).equals("the")) {
            pieces = pieces.subList(1, pieces.size());
        }
        if (pieces.isEmpty()) {
            return List.of();
        }
        Gazetteer.BoundScope scope = gazetteer.scope(language, true);
        Gazetteer.Match m = gazetteer.longest(PieceSequence.ofPieces(pieces), 0, scope);
        if (m == null || m.to() != pieces.size()) {
            return List.of();
        }
        List<Link> out = new ArrayList<>(gazetteer.readings(m.key(), scope));
        out.remove(m.link());
        out.add(0, m.link());
        return out;
    }

    /**
     * Whether a mention linked to {@code kbId} may have other readings ({@link #readings}): false for most places
     * (Baghdad, Iraq), which no other entity shares a name with; a cheap test before the lookup.
     */
    public boolean mayHaveReadings(String kbId) {
        return kbId != null && gazetteer.shared(kbId);
    }

    /**
     * Where the entity {@code kbId} is: coordinates, feature type, first-level region and population; null when
     * GeoNames has no point for it (11 small territories) or the id is not a place.
     */
    public GeoPoint geo(String kbId) {
        return kbId == null ? null : points.get(kbId);
    }

    /**
     * Finds every known place name and nationality adjective in a tokenized text: a left-to-right,
     * longest-match scan, linear in the number of tokens (each step is one hash lookup; a match is at most
     * as long as the longest name). Matches cover whole tokens and do not overlap; a name followed by other
     * words is matched alone (امریکی in امریکی فوجیوں). Only names of the text's language, its near languages
     * and English match; in cased scripts a name must start with a capital letter; context guards drop
     * known look-alikes (Urdu شام "evening" after جمعرات کی).
     *
     * @param tokens   the tokens of a sentence or a text, in order; read from {@link Token#normalized()}
     * @param language ISO 639-1 code of the text; null or {@code und} allows every language
     * @return the spans, in text order
     */
    public List<LinkedSpan> findAll(List<Token> tokens, String language) {
        PieceSequence seq = PieceSequence.ofTokens(tokens);
        Gazetteer.BoundScope bound = gazetteer.scope(language, false);
        String guardLanguage = LanguageScope.base(language);
        List<LinkedSpan> out = new ArrayList<>();
        int p = 0;
        while (p < seq.size()) {
            if (!seq.startsToken(p) || seq.isBarrier(p) || LinkKeys.startsLowerCase(tokens.get(seq.token(p)).text())) {
                p++;
                continue;
            }
            Gazetteer.Match m = gazetteer.longest(seq, p, bound);
            if (m != null && !guards.blocks(m.key(), guardLanguage, seq, m.from(), m.to())) {
                out.add(new LinkedSpan(seq.token(m.from()), seq.token(m.to() - 1) + 1, m.key(), m.link()));
                p = m.to();
            } else {
                p++;
            }
        }
        return out;
    }

    /**
     * Whether the words around tokens {@code [tokenFrom, tokenTo)} say that these are not the place they
     * name: the before/after guards of {@code guards.tsv} (Urdu شام after آج, چین after بے), not the
     * "always" ones. For mentions that NER typed as places, since a CRF gets these contexts wrong too.
     *
     * @param tokens the sentence's tokens; the range is a mention's
     */
    public boolean contextRulesOut(List<Token> tokens, int tokenFrom, int tokenTo, String language) {
        PieceSequence seq = PieceSequence.ofTokens(tokens);
        int from = -1;
        int to = -1;
        for (int p = 0; p < seq.size(); p++) {
            int t = seq.token(p);
            if (t >= tokenFrom && t < tokenTo) {
                from = from < 0 ? p : from;
                to = p + 1;
            }
        }
        if (from < 0) {
            return false;
        }
        Gazetteer.Match m = gazetteer.longest(seq, from, gazetteer.scope(language, false));
        return m != null && m.to() == to
                && guards.blocksByContext(m.key(), LanguageScope.base(language), seq, m.from(), m.to());
    }

    /** Number of keys and key prefixes in the index (for diagnostics). */
    public int indexSize() {
        return gazetteer.size();
    }

    private static boolean linkable(EntityType type) {
        return type == null || type == EntityType.LOCATION || type == EntityType.MISC;
    }
}
