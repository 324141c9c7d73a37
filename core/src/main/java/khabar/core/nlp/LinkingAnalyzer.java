package khabar.core.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import khabar.core.link.EntityLinker;
import khabar.core.link.LinkSubtype;
import khabar.core.link.LinkedSpan;
import khabar.core.text.Analysis;
import khabar.core.text.EntityType;
import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.StepTimes;
import khabar.core.text.TextAnalyzer;
import khabar.core.text.Token;

/**
 * Adds language-independent ids to another analyzer's entities, with the one {@link EntityLinker} of the
 * JVM:
 * <ul>
 *   <li>each mention the NER found is linked whole ({@code عراق}, {@code Iraq} → {@code iso3166:IQ}), unless
 *   its context rules the place out ({@code آج شام} is "this evening": {@link EntityLinker#contextRulesOut});</li>
 *   <li>a LOCATION mention that is a known place plus generic words ({@code Sindh province}, {@code دارالحکومت
 *   کابل}, {@link PlaceWords}) is linked to that place;</li>
 *   <li>any other unlinked mention, except a PERSON ({@code Chad Smith}), that contains a country or nationality
 *   word takes that country ({@code امریکی محکمہ دفاع}, {@code Iraqi government} → country US, IQ) without a
 *   kb_id;</li>
 *   <li>nationality adjectives the NER left alone ({@code امریکی}, {@code Iraqi}) become MISC mentions with
 *   subtype NATIONALITY (extractor {@code linker});</li>
 *   <li>in languages where {@code addPlaces} is on (Urdu: the CRF's recall is the weak side), known places
 *   the NER missed become LOCATION mentions;</li>
 *   <li>a place name with several readings (Georgia, عمان, Punjab) takes the one its context supports
 *   ({@link PlaceContext}).</li>
 * </ul>
 * Mentions never overlap: the linker only fills gaps.
 */
public final class LinkingAnalyzer implements TextAnalyzer {
    static final String EXTRACTOR = "linker";
    static final double CONFIDENCE = 0.7;

    private final TextAnalyzer inner;
    private final boolean addPlaces;
    private final PlaceWords placeWords;
    private final PlaceCues placeCues;

    /**
     * @param addPlaces   whether known places the NER missed become LOCATION mentions
     * @param placeWords  the language's generic place words ({@code province}, {@code صوبہ})
     * @param placeCues   the language's words that tell a region from a city ({@link PlaceContext})
     */
    public LinkingAnalyzer(TextAnalyzer inner, boolean addPlaces, Set<String> placeWords, PlaceCues placeCues) {
        this.inner = inner;
        this.addPlaces = addPlaces;
        this.placeWords = new PlaceWords(placeWords);
        this.placeCues = placeCues;
    }

    @Override
    public String language() {
        return inner.language();
    }

    @Override
    public Analysis analyze(String text) {
        return analyze(text, StepTimes.NONE);
    }

    /** Times the inner analyzer as {@link StepTimes#NLP} and the linking as {@link StepTimes#LINK}. */
    @Override
    public Analysis analyze(String text, StepTimes times) {
        long start = System.nanoTime();
        Analysis base = inner.analyze(text);
        long linkStart = System.nanoTime();
        times.add(StepTimes.NLP, linkStart - start);
        Analysis linked = link(text, base);
        times.add(StepTimes.LINK, System.nanoTime() - linkStart);
        return linked;
    }

    /** The linking step alone: {@code base} (the inner analyzer's result for {@code text}) with ids and added mentions. */
    Analysis link(String text, Analysis base) {
        if (base.sentences().isEmpty()) {
            return base;
        }
        EntityLinker linker = EntityLinker.shared();
        String lang = language();
        List<Mention> out = new ArrayList<>(base.mentions().size() + 8);
        List<PlaceContext.Ambiguous> ambiguous = new ArrayList<>();
        for (Mention m : base.mentions()) {
            Link l = linker.link(m.text(), lang, m.type());
            boolean ruledOut = l.isLinked() && linker.contextRulesOut(
                    base.sentences().get(m.sentenceIndex()).tokens(), m.tokenBegin(), m.tokenEnd(), lang);
            if (l.isLinked() && !ruledOut && linker.mayHaveReadings(l.kbId())) {
                noteReadings(ambiguous, out.size(), m.tokenBegin(), m.tokenEnd(), linker.readings(m.text(), lang, m.type()));
            }
            out.add(l.isLinked() && !ruledOut ? m.withLink(l) : m);
        }
        for (Sentence s : base.sentences()) {
            for (LinkedSpan span : linker.findAll(s.tokens(), lang)) {
                int at = covering(out, s.index(), span);
                if (at >= 0) {
                    Mention m = out.get(at);
                    if (m.link().isLinked()) {
                        continue;
                    }
                    if (isPlaceWithGenericWords(m, s, span)) {
                        out.set(at, m.withLink(span.link()));
                        noteReadings(ambiguous, at, span.tokenBegin(), span.tokenEnd(), spanReadings(linker, span));
                    } else if (m.type() != EntityType.PERSON && m.link().countryCode() == null
                            && span.link().countryCode() != null) {
                        out.set(at, m.withLink(new Link(null, null, null, span.link().countryCode())));
                    }
                } else if (!overlapsAny(out, s.index(), span)) {
                    Mention added = fromSpan(text, s, span);
                    if (added != null) {
                        if (span.subtype() != LinkSubtype.NATIONALITY) {
                            noteReadings(ambiguous, out.size(), span.tokenBegin(), span.tokenEnd(), spanReadings(linker, span));
                        }
                        out.add(added);
                    }
                }
            }
        }
        PlaceContext.resolve(out, ambiguous, base.sentences(), placeCues, linker);
        out.sort(Comparator.comparingInt(Mention::charBegin));
        return new Analysis(base.sentences(), out);
    }

    private List<Link> spanReadings(EntityLinker linker, LinkedSpan span) {
        return linker.mayHaveReadings(span.link().kbId())
                ? linker.readings(span.normalized(), language(), EntityType.LOCATION) : List.of();
    }

    /** Remembers a place mention whose name has several readings, for {@link PlaceContext}. */
    private static void noteReadings(List<PlaceContext.Ambiguous> ambiguous, int index, int placeBegin, int placeEnd,
                                     List<Link> readings) {
        if (readings.size() > 1 && !LinkSubtype.NATIONALITY.name().equals(readings.get(0).subtype())) {
            ambiguous.add(new PlaceContext.Ambiguous(index, placeBegin, placeEnd, readings));
        }
    }

    private Mention fromSpan(String text, Sentence s, LinkedSpan span) {
        boolean nationality = span.subtype() == LinkSubtype.NATIONALITY;
        if (!nationality && !addPlaces) {
            return null;
        }
        List<Token> tokens = s.tokens().subList(span.tokenBegin(), span.tokenEnd());
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        return new Mention(s.index(), span.tokenBegin(), span.tokenEnd(), begin, end, text.substring(begin, end),
                span.normalized(), nationality ? EntityType.MISC : EntityType.LOCATION, CONFIDENCE, EXTRACTOR,
                span.link());
    }

    /** A LOCATION mention that is the span's place plus generic words ({@code Sindh province}). */
    private boolean isPlaceWithGenericWords(Mention m, Sentence s, LinkedSpan span) {
        return m.type() == EntityType.LOCATION && span.subtype() != LinkSubtype.NATIONALITY
                && placeWords.onlyAround(s.tokens().subList(m.tokenBegin(), m.tokenEnd()),
                span.tokenBegin() - m.tokenBegin(), span.tokenEnd() - m.tokenBegin());
    }

    /** Index of the mention of that sentence that contains the span, or -1. */
    private static int covering(List<Mention> mentions, int sentence, LinkedSpan span) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.sentenceIndex() == sentence && m.tokenBegin() <= span.tokenBegin() && span.tokenEnd() <= m.tokenEnd()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean overlapsAny(List<Mention> mentions, int sentence, LinkedSpan span) {
        for (Mention m : mentions) {
            if (m.sentenceIndex() == sentence && m.tokenBegin() < span.tokenEnd() && span.tokenBegin() < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }
}
