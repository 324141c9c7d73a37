package khabar.jobs.tables;

import java.util.List;

/**
 * The tables a run writes rows to, in the order runs write and count them: every table but the run
 * ledger. The ledger ({@link RunsTable}) has one count column per table here, so a new table added to
 * this list is counted in {@code runs}, in the run summary and in backfill logs without more code.
 */
public final class DataTables {
    public static final List<TableSpec> ALL = List.of(ArticlesTable.SPEC, SentencesTable.SPEC, EntitiesTable.SPEC,
            EventsTable.SPEC, QuotesTable.SPEC, ThemesTable.SPEC, RejectsTable.SPEC, StoriesTable.SPEC);

    private DataTables() {
    }
}
