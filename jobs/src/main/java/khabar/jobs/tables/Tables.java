package khabar.jobs.tables;

import java.util.List;

/** Every table of the warehouse, in the order runs write them. */
public final class Tables {
    public static final List<TableSpec> ALL = List.of(ArticlesTable.SPEC, SentencesTable.SPEC, EntitiesTable.SPEC,
            EventsTable.SPEC, RejectsTable.SPEC, RunsTable.SPEC);

    private Tables() {
    }

    public static TableSpec byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }
}
