package khabar.jobs.stages;

import khabar.core.quote.Quote;
import khabar.jobs.tables.RowBuilder;
import org.apache.spark.sql.Row;

/** A core {@link Quote} as a row of the quotes struct of {@link AnalyzeArticles#OUTPUT}. */
final class QuoteRows {
    private QuoteRows() {
    }

    static Row of(String section, Quote q) {
        return new RowBuilder(AnalyzeArticles.QUOTE).set("section", section).set("sentence_index", q.sentenceIndex())
                .set("char_begin", q.charBegin()).set("char_end", q.charEnd()).set("quote", q.text())
                .set("speaker", q.speaker().text()).set("speaker_char_begin", q.speaker().charBegin())
                .set("speaker_char_end", q.speaker().charEnd()).set("speaker_kb_id", q.speaker().kbId())
                .set("speaker_type", q.speaker().type().name()).set("verb", q.verb()).set("kind", q.kind().label())
                .build();
    }
}
