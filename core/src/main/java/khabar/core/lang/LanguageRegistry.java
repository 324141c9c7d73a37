package khabar.core.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import khabar.core.lang.en.EnglishSupport;
import khabar.core.lang.ur.UrduSupport;

/**
 * The languages khabar has its own support for, by ISO 639-1 code: the one list to edit to add a language
 * (docs/languages.md). Other languages get tokens and sentences, or CoreNLP's models when configured
 * ({@code khabar.nlp.corenlp-languages}), and no events.
 */
public final class LanguageRegistry {
    private static final List<LanguageSupport> ENTRIES = List.of(new EnglishSupport(), new UrduSupport());
    private static final Map<String, LanguageSupport> BY_CODE = byCode(ENTRIES);

    private LanguageRegistry() {
    }

    private static Map<String, LanguageSupport> byCode(List<LanguageSupport> entries) {
        Map<String, LanguageSupport> out = new LinkedHashMap<>();
        for (LanguageSupport l : entries) {
            if (out.put(l.code(), l) != null) {
                throw new IllegalStateException("two registry entries for language " + l.code());
            }
        }
        return Map.copyOf(out);
    }

    /** Every entry, in registry order (English first). */
    public static List<LanguageSupport> all() {
        return ENTRIES;
    }

    /** The codes of every entry, sorted. */
    public static Set<String> codes() {
        return new TreeSet<>(BY_CODE.keySet());
    }

    /** The entry of {@code code} (exact ISO 639-1 code), or empty for a language without one. */
    public static Optional<LanguageSupport> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /**
     * The entry of {@code code}.
     *
     * @throws IllegalArgumentException naming the known codes, when there is none
     */
    public static LanguageSupport get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown language '" + code
                + "': khabar supports " + String.join(", ", codes()) + " (to add one, see docs/languages.md)"));
    }

    /** The codes of the entries that train their own NER. */
    public static Set<String> trainedNerCodes() {
        Set<String> out = new TreeSet<>();
        ENTRIES.stream().filter(l -> l.nerTraining().isPresent()).forEach(l -> out.add(l.code()));
        return out;
    }

    /** The place cues of every entry together: what a language without an entry is linked with. */
    public static khabar.core.nlp.PlaceCues allPlaceCues() {
        Set<String> region = new TreeSet<>();
        Set<String> city = new TreeSet<>();
        Set<String> of = new TreeSet<>();
        ENTRIES.forEach(l -> {
            region.addAll(l.placeCues().regionWords());
            city.addAll(l.placeCues().cityWords());
            of.addAll(l.placeCues().ofWords());
        });
        return new khabar.core.nlp.PlaceCues(region, city, of);
    }

    /** The place words of every entry: what a language without an entry is linked with. */
    public static Set<String> allPlaceWords() {
        Set<String> out = new TreeSet<>();
        ENTRIES.forEach(l -> out.addAll(l.placeWords()));
        return Set.copyOf(out);
    }
}
