package khabar.jobs.tables;

import java.util.ArrayList;
import java.util.List;

/** Every table of the warehouse, in the order runs write them: the {@link DataTables}, then the run ledger. */
public final class Tables {
    public static final List<TableSpec> ALL = all();

    private Tables() {
    }

    public static TableSpec byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    private static List<TableSpec> all() {
        List<TableSpec> all = new ArrayList<>(DataTables.ALL);
        all.add(RunsTable.SPEC);
        return List.copyOf(all);
    }
}
