package khabar.jobs.stages;

import java.sql.Date;

import khabar.core.event.CodedEvent;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A core {@link CodedEvent} as a row of the events struct of {@link AnalyzeArticles#OUTPUT}. */
final class EventRows {
    static final StructType SCHEMA = schema();

    private EventRows() {
    }

    private static StructType schema() {
        StructType t = new StructType()
                .add("section", DataTypes.StringType, false)
                .add("sentence_index", DataTypes.IntegerType, false)
                .add("event_key", DataTypes.StringType, false)
                .add("event_code", DataTypes.StringType, false)
                .add("event_root", DataTypes.StringType, false)
                .add("event_label", DataTypes.StringType, false)
                .add("quad_class", DataTypes.IntegerType, false)
                .add("goldstein", DataTypes.DoubleType, false)
                .add("trigger", DataTypes.StringType, false)
                .add("trigger_char_begin", DataTypes.IntegerType, false)
                .add("trigger_char_end", DataTypes.IntegerType, false);
        for (String a : new String[] {"actor1", "actor2"}) {
            t = t.add(a + "_text", DataTypes.StringType).add(a + "_kb_id", DataTypes.StringType)
                    .add(a + "_country", DataTypes.StringType).add(a + "_role", DataTypes.StringType);
        }
        return t.add("location_text", DataTypes.StringType)
                .add("location_kb_id", DataTypes.StringType)
                .add("location_country", DataTypes.StringType)
                .add("event_date", DataTypes.DateType)
                .add("event_date_text", DataTypes.StringType)
                .add("date_precision", DataTypes.StringType, false)
                .add("confidence", DataTypes.DoubleType, false)
                .add("coder", DataTypes.StringType, false);
    }

    static Row of(String section, CodedEvent e) {
        return RowFactory.create(section, e.sentenceIndex(), e.eventKey(), e.eventCode(), e.eventRoot(), e.eventLabel(),
                e.quadClass(), e.goldstein(), e.trigger(), e.triggerCharBegin(), e.triggerCharEnd(),
                e.actor1Text(), e.actor1KbId(), e.actor1Country(), e.actor1Role(),
                e.actor2Text(), e.actor2KbId(), e.actor2Country(), e.actor2Role(),
                e.locationText(), e.locationKbId(), e.locationCountry(),
                e.eventDate() == null ? null : Date.valueOf(e.eventDate()), e.eventDateText(),
                e.datePrecision().name(), e.confidence(), e.coder());
    }
}
