package khabar.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import khabar.core.lang.LanguageRegistry;
import khabar.core.lang.LanguageSupport;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;

/**
 * Who said what in a section: quotations from the sentences and entity mentions the analysis made (plain Java,
 * rules, no model). A language has quotations when its registry entry names its rules ({@link
 * LanguageSupport#quotes()}) and {@code khabar/quotes/quotes-<language>.tsv} holds its cues (docs/quotes.md).
 *
 * <pre>{@code
 * if (QuoteExtractor.supports("ur")) {
 *     List<Quote> quotes = QuoteExtractor.forLanguage("ur").extract(text, analysis.sentences(), analysis.mentions());
 * }
 * }</pre>
 */
public final class QuoteExtractor {
    /** A quoted span that continues a speaker's words needs this many words and to follow within this many sentences. */
    private static final int CONTINUATION_WORDS = 3;
    private static final int CONTINUATION_SENTENCES = 2;
    private static final Map<String, QuoteExtractor> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final QuoteLexicon lexicon;
    private final QuoteRules rules;

    private QuoteExtractor(QuoteLexicon lexicon, QuoteRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    /** Whether {@code language} (ISO 639-1) has quotation rules. */
    public static boolean supports(String language) {
        return language != null && LanguageRegistry.find(language).flatMap(LanguageSupport::quotes).isPresent()
                && QuoteLexicon.exists(language);
    }

    /** The extractor of a supported language, built once per JVM. */
    public static QuoteExtractor forLanguage(String language) {
        if (!supports(language)) {
            throw new IllegalArgumentException("no quotation rules for language " + language);
        }
        return BY_LANGUAGE.computeIfAbsent(language, l -> {
            LanguageSupport support = LanguageRegistry.find(l).orElseThrow();
            QuoteRules rules = switch (support.quotes().orElseThrow()) {
                case POSTPOSITIONAL -> new UrduQuoteRules();
                case ENGLISH -> new EnglishQuoteRules();
            };
            return new QuoteExtractor(QuoteLexicon.load(l, support::lexiconKey), rules);
        });
    }

    /** The quotations of one section, in text order; {@code sentences} and {@code mentions} index into {@code text}. */
    public List<Quote> extract(String text, List<Sentence> sentences, List<Mention> mentions) {
        SectionText section = new SectionText(text, sentences, mentions, lexicon);
        rules.extract(section);
        continuations(section);
        List<Quote> out = new ArrayList<>(section.quotes);
        out.sort(Comparator.comparingInt(Quote::charBegin));
        return out;
    }

    /** Quoted spans no rule took that follow a quotation closely: more words of the same speaker, no verb. */
    private static void continuations(SectionText section) {
        for (QuotedSpans.Span span : section.quoted) {
            if (section.taken(span) || words(section.text.substring(span.begin(), span.end())) < CONTINUATION_WORDS) {
                continue;
            }
            int s = section.sentenceAt(span.begin());
            Quote previous = null;
            for (Quote q : section.quotes) {
                if (q.charEnd() <= span.begin() && (previous == null || q.charEnd() > previous.charEnd())) {
                    previous = q;
                }
            }
            if (s >= 0 && previous != null
                    && section.sentences.get(s).index() - previous.sentenceIndex() <= CONTINUATION_SENTENCES) {
                section.add(s, span.begin(), span.end(), previous.speaker(), null, QuoteKind.DIRECT);
            }
        }
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
