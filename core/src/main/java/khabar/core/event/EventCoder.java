package khabar.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.LanguageSupport;
import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;

/**
 * Codes CAMEO events in one language from lexicons, without translation: trigger words give the code,
 * case markers or word order give the actors among the sentence's mentions and role nouns, place phrases
 * (else the dateline) the place, date words the date. See docs/events.md.
 *
 * <p>One coder per language and JVM ({@link #forLanguage}), immutable and thread-safe; the lexicons load
 * on first use (tens of milliseconds). A language without lexicons gets a coder that codes nothing.
 */
public final class EventCoder {
    /** Sentences longer than this are skipped (the splitter caps sentences well below it). */
    public static final int MAX_SENTENCE_TOKENS = 400;

    private static final Map<String, EventCoder> CODERS = new ConcurrentHashMap<>();

    private final String language;
    private final LanguagePack pack;
    private final String coder;

    private EventCoder(String language, LanguagePack pack) {
        this.language = language;
        this.pack = pack;
        this.coder = pack == null ? "none" : "khabar-lex-" + language + "/" + pack.triggers().version();
    }

    /**
     * The coder of a language (ISO 639-1; a tag such as {@code ur-PK} is reduced to {@code ur}).
     *
     * @return the shared coder; for a language without lexicons, one that returns no events
     */
    public static EventCoder forLanguage(String language) {
        String lang = base(language);
        return CODERS.computeIfAbsent(lang, l -> new EventCoder(l, LanguageRegistry.find(l)
                .flatMap(s -> s.events().map(g -> LanguagePack.load(s, g, CameoCodebook.shared()))).orElse(null)));
    }

    /** Whether the language has lexicons (its registry entry has {@link LanguageSupport#events()}). */
    public static boolean supports(String language) {
        return LanguageRegistry.find(base(language)).flatMap(LanguageSupport::events).isPresent();
    }

    private static String base(String language) {
        if (language == null) {
            return "und";
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return dash > 0 ? l.substring(0, dash) : l;
    }

    /** ISO 639-1 code of this coder's language. */
    public String language() {
        return language;
    }

    /** The value of the {@code coder} column: {@code khabar-lex-<lang>/<lexicon version>}. */
    public String coderId() {
        return coder;
    }

    /** The CAMEO root codes this coder's trigger lexicon covers. */
    public Set<String> roots() {
        return pack == null ? Set.of() : pack.triggers().roots();
    }

    /**
     * Codes the events of one section.
     *
     * @return the events in text order; empty when the language has no lexicons
     */
    public List<CodedEvent> code(EventInput input) {
        if (pack == null || input.sentences().isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : input.mentions()) {
            bySentence.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m);
        }
        LocalDate ref = input.referenceDate();
        List<CodedEvent> out = new ArrayList<>();
        for (Sentence s : input.sentences()) {
            if (s.tokens().isEmpty() || s.tokens().size() > MAX_SENTENCE_TOKENS || !mayHoldTrigger(s)) {
                continue;
            }
            SentenceView v = new SentenceView(pack, input.text(), s, bySentence.getOrDefault(s.index(), List.of()));
            List<PhraseMatcher.Match<Trigger>> hits = TriggerSelection.select(v);
            if (hits.isEmpty()) {
                continue;
            }
            List<DateMention> dates = DateResolver.find(v, ref);
            for (PhraseMatcher.Match<Trigger> hit : hits) {
                out.add(event(input, v, hit, dates, ref));
            }
        }
        return out;
    }

    /** Whether a trigger phrase starts at some token: most of the cost is spared for sentences without one. */
    private boolean mayHoldTrigger(Sentence s) {
        PhraseMatcher<Trigger> triggers = pack.triggers().matcher();
        for (khabar.core.text.Token t : s.tokens()) {
            if (triggers.startsWith(pack.key(t))) {
                return true;
            }
        }
        return false;
    }

    private CodedEvent event(EventInput input, SentenceView v, PhraseMatcher.Match<Trigger> hit,
                             List<DateMention> dates, LocalDate ref) {
        Trigger t = hit.value();
        int b = hit.begin();
        int e = hit.end();
        Arguments args = pack.postpositional() ? UrduArguments.find(v, b, e, t) : EnglishArguments.find(v, b, e, t);
        Place place = PlaceFinder.find(v, b, e, args);
        if (place == null) {
            place = dateline(input);
        }
        DateMention date = DateResolver.nearest(dates, b, e);
        LocalDate eventDate = date == null ? null : date.date();
        DatePrecision precision = eventDate == null ? DatePrecision.UNKNOWN : date.precision();
        Actor a1 = args.source();
        Actor a2 = args.target();
        CameoCode c = t.code();
        String material = EventKeys.keyMaterial(eventDate, precision, ref, c.root(),
                a1 == null ? null : a1.country(), a1 == null ? null : a1.role(),
                a2 == null ? null : a2.country(), a2 == null ? null : a2.role(),
                place == null ? null : place.country(), place == null ? null : place.kbId());
        return new CodedEvent(EventKeys.eventKey(material), v.sentence.index(), c.code(), c.root(), c.label(),
                c.quadClass(), c.goldstein(), v.text(b, e), v.tokens.get(b).begin(), v.tokens.get(e - 1).end(),
                a1 == null ? null : a1.text(), a1 == null ? null : a1.kbId(),
                a1 == null ? null : a1.country(), a1 == null ? null : a1.role(),
                a2 == null ? null : a2.text(), a2 == null ? null : a2.kbId(),
                a2 == null ? null : a2.country(), a2 == null ? null : a2.role(),
                place == null ? null : place.text(), place == null ? null : place.kbId(),
                place == null ? null : place.country(),
                eventDate, date == null ? null : date.text(), precision,
                confidence(t, v.inQuote[b], a1, a2, place, eventDate), coder);
    }

    private static Place dateline(EventInput input) {
        Link l = input.datelinePlace();
        if (input.datelineText() == null && (l == null || !l.isLinked())) {
            return null;
        }
        String text = input.datelineText() != null ? input.datelineText() : l.canonicalName();
        return new Place(text, l == null ? null : l.kbId(), l == null ? null : l.countryCode(), false);
    }

    /**
     * A score, not a probability: 0.6 for a verb trigger, 0.45 for a noun; +0.15 with a coded actor1,
     * +0.1 with a coded actor2, +0.05 with a place in the sentence, +0.05 with a date; -0.15 inside
     * quotes, -0.1 for a weak or attribution trigger; within 0.05..0.95.
     */
    static double confidence(Trigger t, boolean quoted, Actor a1, Actor a2, Place place, LocalDate date) {
        double c = t.verb() ? 0.6 : 0.45;
        c += a1 != null && a1.coded() ? 0.15 : 0;
        c += a2 != null && a2.coded() ? 0.1 : 0;
        c += place != null && place.fromSentence() ? 0.05 : 0;
        c += date != null ? 0.05 : 0;
        c -= quoted ? 0.15 : 0;
        c -= t.weak() || t.report() ? 0.1 : 0;
        c = Math.max(0.05, Math.min(0.95, c));
        return Math.round(c * 100) / 100.0;
    }
}
