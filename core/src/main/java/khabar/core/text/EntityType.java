package khabar.core.text;

/** The entity types of the {@code entities} table. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, DATE, TIME, NUMBER, MISC;

    /**
     * Maps the tag names found in models and gold files to a type: CoNLL (PER, LOC, ORG, MISC),
     * IL-NER (NEP, NEL, NEO, NEN, NETI, NED, NETE), CoreNLP (PERSON, ..., MONEY, PERCENT, ...) and full
     * names, with or without a B-/I-/E-/S- prefix. Returns null for O and for names it does not know.
     */
    public static EntityType fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.length() > 2 && t.charAt(1) == '-' && "BIES".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(2);
        }
        return switch (t) {
            case "PER", "PERSON", "NEP" -> PERSON;
            case "LOC", "LOCATION", "NEL", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> LOCATION;
            case "ORG", "ORGANIZATION", "ORGANISATION", "NEO" -> ORGANIZATION;
            case "DATE", "NED" -> DATE;
            case "TIME", "NETI" -> TIME;
            case "NUMBER", "NEN", "MONEY", "PERCENT", "ORDINAL" -> NUMBER;
            case "MISC", "NETE", "NEM", "NATIONALITY" -> MISC;
            default -> null;
        };
    }
}
