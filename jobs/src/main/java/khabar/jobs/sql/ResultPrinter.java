package khabar.jobs.sql;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Prints query results: {@code table} aligned for people, {@code csv} as a header line then rows with
 * RFC 4180 quoting, {@code json} as one JSON object per row (nulls kept, arrays and structs nested).
 */
public final class ResultPrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultPrinter() {
    }

    public static void print(StructType schema, List<Row> rows, ResultFormat format, PrintStream out) {
        switch (format) {
            case CSV -> printCsv(schema, rows, out);
            case JSON -> rows.forEach(r -> out.println(toJson(r, schema).toString()));
            case TABLE -> printTable(schema, rows, out);
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static void printCsv(StructType schema, List<Row> rows, PrintStream out) {
        out.print(csvLine(List.of(schema.fieldNames())) + "\r\n");
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < schema.size(); i++) {
                cells.add(r.isNullAt(i) ? "" : text(r, i, schema.fields()[i].dataType()));
            }
            out.print(csvLine(cells) + "\r\n");
        }
    }

    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void printTable(StructType schema, List<Row> rows, PrintStream out) {
        int n = schema.size();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[n];
        String[] header = schema.fieldNames();
        for (int i = 0; i < n; i++) {
            width[i] = header[i].length();
        }
        for (Row r : rows) {
            String[] line = new String[n];
            for (int i = 0; i < n; i++) {
                line[i] = r.isNullAt(i) ? "NULL" : text(r, i, schema.fields()[i].dataType()).replaceAll("\\s+", " ");
                width[i] = Math.min(80, Math.max(width[i], line[i].length()));
            }
            cells.add(line);
        }
        out.println(tableLine(header, width));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(rule);
        cells.forEach(line -> out.println(tableLine(line, width)));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String tableLine(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].length() > width[i] ? cells[i].substring(0, width[i] - 1) + "…" : cells[i];
            b.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(width[i] - c.length()));
        }
        return b.toString().stripTrailing();
    }

    private static String text(Row r, int i, DataType type) {
        if (type instanceof ArrayType || type instanceof StructType || type instanceof MapType) {
            return toJsonValue(r.get(i), type).toString();
        }
        return String.valueOf(r.get(i));
    }

    static ObjectNode toJson(Row r, StructType schema) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            node.set(fields[i].name(), r.isNullAt(i) ? node.nullNode() : toJsonValue(r.get(i), fields[i].dataType()));
        }
        return node;
    }

    private static com.fasterxml.jackson.databind.JsonNode toJsonValue(Object v, DataType type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (type instanceof StructType st) {
            return toJson((Row) v, st);
        }
        if (type instanceof ArrayType at) {
            ArrayNode arr = f.arrayNode();
            scala.collection.Iterator<?> it = ((scala.collection.Iterable<?>) v).iterator();
            while (it.hasNext()) {
                arr.add(toJsonValue(it.next(), at.elementType()));
            }
            return arr;
        }
        if (type instanceof MapType mt) {
            ObjectNode obj = f.objectNode();
            scala.collection.Iterator<?> it = ((scala.collection.Map<?, ?>) v).iterator();
            while (it.hasNext()) {
                scala.Tuple2<?, ?> kv = (scala.Tuple2<?, ?>) it.next();
                obj.set(String.valueOf(kv._1()), toJsonValue(kv._2(), mt.valueType()));
            }
            return obj;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return JSON.valueToTree(v);
        }
        return f.textNode(String.valueOf(v));
    }
}
