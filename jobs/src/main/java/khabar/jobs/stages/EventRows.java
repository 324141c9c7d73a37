package khabar.jobs.stages;

import java.sql.Date;

import khabar.core.event.CodedEvent;
import khabar.core.text.Link;
import khabar.jobs.tables.RowBuilder;
import org.apache.spark.sql.Row;

/** A core {@link CodedEvent} as a row of the events struct of {@link AnalyzeArticles#OUTPUT}. */
final class EventRows {
    private EventRows() {
    }

    /** The event's row; {@code sentenceTone}: the tone of its sentence, null when it has none. */
    static Row of(String section, CodedEvent e, Double sentenceTone) {
        RowBuilder row = GeoColumns.set(new RowBuilder(AnalyzeArticles.EVENT), "location_",
                e.locationKbId() == null ? null : new Link(e.locationKbId(), null, null, e.locationCountry()), false);
        return row.set("section", section).set("sentence_index", e.sentenceIndex())
                .set("event_key", e.eventKey()).set("event_code", e.eventCode()).set("event_root", e.eventRoot())
                .set("event_label", e.eventLabel()).set("quad_class", e.quadClass()).set("goldstein", e.goldstein())
                .set("trigger", e.trigger()).set("trigger_char_begin", e.triggerCharBegin())
                .set("trigger_char_end", e.triggerCharEnd())
                .set("actor1_text", e.actor1Text()).set("actor1_kb_id", e.actor1KbId())
                .set("actor1_country", e.actor1Country()).set("actor1_role", e.actor1Role())
                .set("actor2_text", e.actor2Text()).set("actor2_kb_id", e.actor2KbId())
                .set("actor2_country", e.actor2Country()).set("actor2_role", e.actor2Role())
                .set("location_text", e.locationText()).set("location_kb_id", e.locationKbId())
                .set("location_country", e.locationCountry())
                .set("event_date", e.eventDate() == null ? null : Date.valueOf(e.eventDate()))
                .set("event_date_text", e.eventDateText()).set("date_precision", e.datePrecision().name())
                .set("sentence_tone", sentenceTone).set("confidence", e.confidence()).set("coder", e.coder()).build();
    }
}
