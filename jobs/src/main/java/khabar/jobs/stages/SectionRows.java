package khabar.jobs.stages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import khabar.core.event.CodedEvent;
import khabar.core.event.EventCoder;
import khabar.core.event.EventInput;
import khabar.core.link.EntityLinker;
import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.quote.Quote;
import khabar.core.quote.QuoteExtractor;
import khabar.core.reading.ReadingLexicons;
import khabar.core.reading.ThemeMatch;
import khabar.core.reading.Tone;
import khabar.core.reading.ToneCounts;
import khabar.core.text.Analysis;
import khabar.core.text.EntityType;
import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.StepTimes;
import khabar.core.text.TextAnalyzer;
import khabar.core.text.Token;
import khabar.jobs.tables.RowBuilder;
import org.apache.spark.sql.Row;

/**
 * Turns the core analysis of an article's title and body into the rows of {@link AnalyzeArticles#OUTPUT}: its
 * sentences, entities, events, themes and tone. Themes and tone read the tokens the analysis made (one lexicon
 * key per token, {@link ReadingLexicons}); the tone is null when the body has no words.
 */
final class SectionRows {
    static final String TITLE = "title";
    static final String BODY = "body";

    private SectionRows() {
    }

    /** What the stage knows of one article. */
    record Article(String title, String text, String language, LocalDate published, LocalDate fallbackDate,
                   String dateline) {
    }

    /**
     * The analysis row, or null when the text is null (the article is not to be analysed); the time of each
     * step (and the article) is added to {@code times}.
     */
    static Row analyze(Article article, NlpSettings settings, StepTimes times) {
        long start = System.nanoTime();
        Row row = analyzeTimed(article, settings, times);
        if (row != null) {
            times.add(AnalyzeTimers.TOTAL, System.nanoTime() - start);
            times.add(AnalyzeTimers.ARTICLES, 1);
        }
        return row;
    }

    private static Row analyzeTimed(Article article, NlpSettings settings, StepTimes times) {
        String text = article.text();
        String title = article.title();
        if (text == null) {
            return null;
        }
        String language = article.language() == null ? "und" : article.language();
        TextAnalyzer analyzer = Analyzers.forLanguage(language, settings);
        EventCoder coder = EventCoder.supports(language) ? EventCoder.forLanguage(language) : null;
        QuoteExtractor quoteExtractor = QuoteExtractor.supports(language) ? QuoteExtractor.forLanguage(language) : null;
        Link datelinePlace = article.dateline() == null ? null
                : EntityLinker.shared().link(article.dateline(), language, EntityType.LOCATION);
        List<Row> sentences = new ArrayList<>();
        List<Row> entities = new ArrayList<>();
        List<Row> events = new ArrayList<>();
        List<Row> quotes = new ArrayList<>();
        List<Row> themes = new ArrayList<>();
        ReadingLexicons reading = ReadingLexicons.forLanguage(language).orElse(null);
        ToneCounts articleTone = ToneCounts.ZERO;
        int bodyWords = 0;
        int[] tokens = {0};
        boolean truncated = false;
        for (String section : List.of(TITLE, BODY)) {
            String s = section.equals(TITLE) ? title : text;
            if (s == null || s.isBlank()) {
                continue;
            }
            if (s.length() > settings.maxSectionChars()) {
                s = s.substring(0, settings.maxSectionChars());
                truncated = true;
            }
            Analysis a = analyzer.analyze(s, times);
            String source = s;
            for (Sentence sentence : a.sentences()) {
                List<String> forms = new ArrayList<>(sentence.tokens().size());
                for (Token t : sentence.tokens()) {
                    forms.add(t.normalized());
                }
                tokens[0] += forms.size();
                sentences.add(new RowBuilder(AnalyzeArticles.SENTENCE).set("section", section)
                        .set("sentence_index", sentence.index()).set("char_begin", sentence.begin())
                        .set("char_end", sentence.end()).set("text", source.substring(sentence.begin(), sentence.end()))
                        .set("tokens", forms).build());
            }
            for (Mention m : a.mentions()) {
                Link l = m.link();
                entities.add(GeoColumns.set(new RowBuilder(AnalyzeArticles.ENTITY), "", l, true).set("section", section)
                        .set("sentence_index", m.sentenceIndex()).set("token_begin", m.tokenBegin())
                        .set("token_end", m.tokenEnd()).set("char_begin", m.charBegin()).set("char_end", m.charEnd())
                        .set("mention", m.text()).set("normalized", m.normalized()).set("type", m.type().name())
                        .set("subtype", l.subtype()).set("kb_id", l.kbId()).set("canonical_name", l.canonicalName())
                        .set("country", l.countryCode()).set("confidence", m.confidence())
                        .set("extractor", m.extractor()).build());
            }
            Double[] sentenceTones = new Double[a.sentences().size()];
            if (reading != null) {
                long readingStart = System.nanoTime();
                ToneCounts sectionTone = ToneCounts.ZERO;
                for (Sentence sentence : a.sentences()) {
                    List<String> keys = reading.keys(sentence);
                    for (ThemeMatch m : reading.themes().find(sentence, keys)) {
                        themes.add(new RowBuilder(AnalyzeArticles.THEME).set("theme", m.theme()).set("section", section)
                                .set("sentence_index", m.sentenceIndex()).set("char_begin", m.charBegin())
                                .set("char_end", m.charEnd()).set("evidence", source.substring(m.charBegin(), m.charEnd()))
                                .set("term", m.term()).build());
                    }
                    ToneCounts counts = reading.tone().count(keys);
                    Tone t = counts.tone();
                    if (sentence.index() >= 0 && sentence.index() < sentenceTones.length) {
                        sentenceTones[sentence.index()] = t == null ? null : t.tone();
                    }
                    sectionTone = sectionTone.plus(counts);
                }
                articleTone = articleTone.plus(sectionTone);
                if (section.equals(BODY)) {
                    bodyWords = sectionTone.words();
                }
                times.add(AnalyzeTimers.READING, System.nanoTime() - readingStart);
            }
            if (coder != null) {
                long eventsStart = System.nanoTime();
                EventInput input = new EventInput(language, source, a.sentences(), a.mentions(), article.published(),
                        article.fallbackDate(), article.dateline(), datelinePlace);
                for (CodedEvent e : coder.code(input)) {
                    int i = e.sentenceIndex();
                    events.add(EventRows.of(section, e, i >= 0 && i < sentenceTones.length ? sentenceTones[i] : null));
                }
                times.add(AnalyzeTimers.EVENTS, System.nanoTime() - eventsStart);
            }
            if (quoteExtractor != null) {
                long quotesStart = System.nanoTime();
                for (Quote q : quoteExtractor.extract(source, a.sentences(), a.mentions())) {
                    quotes.add(QuoteRows.of(section, q));
                }
                times.add(AnalyzeTimers.QUOTES, System.nanoTime() - quotesStart);
            }
        }
        return new RowBuilder(AnalyzeArticles.OUTPUT).set("sentences", sentences).set("entities", entities)
                .set("events", events).set("quotes", quotes).set("themes", themes)
                .set("tone", bodyWords == 0 ? null : toneRow(articleTone.tone()))
                .set("token_count", tokens[0]).set("sentence_count", sentences.size())
                .set("truncated", truncated).build();
    }

    /** The articles table's tone columns of an article's counts (its body has words, so the tone is not null). */
    private static Row toneRow(Tone t) {
        return new RowBuilder(AnalyzeArticles.TONE).set("tone", t.tone()).set("positive_score", t.positiveScore())
                .set("negative_score", t.negativeScore()).set("polarity", t.polarity())
                .set("activity_density", t.activityDensity()).set("self_group_density", t.selfGroupDensity())
                .set("word_count", t.wordCount()).build();
    }
}
