package khabar.core.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CAMEO codes khabar emits, from {@code khabar/events/cameo-codebook.tsv} (columns: code, root,
 * quad_class, goldstein, label). Immutable; loaded once per JVM.
 */
public final class CameoCodebook {
    private static final class Holder {
        static final CameoCodebook SHARED = load("cameo-codebook.tsv");
    }

    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = codes;
    }

    /** The codebook of this JVM. */
    public static CameoCodebook shared() {
        return Holder.SHARED;
    }

    static CameoCodebook load(String resource) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(resource).rows()) {
            try {
                CameoCode c = new CameoCode(row.column(0), row.column(1), row.column(4),
                        Integer.parseInt(row.column(2)), Double.parseDouble(row.column(3)));
                if (codes.put(c.code(), c) != null) {
                    throw row.problem("code " + c.code() + " twice");
                }
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
        }
        return new CameoCodebook(Map.copyOf(codes));
    }

    /** The code, or null when the codebook does not have it. */
    public CameoCode get(String code) {
        return codes.get(code);
    }

    /** Every code. */
    public Collection<CameoCode> codes() {
        return codes.values();
    }

    /** The root codes present, sorted ({@code 01}..{@code 20} when complete). */
    public Set<String> roots() {
        Set<String> roots = new TreeSet<>();
        codes.values().forEach(c -> roots.add(c.root()));
        return roots;
    }
}
