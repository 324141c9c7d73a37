package khabar.core.text;

/**
 * What the entity linker knows of a mention.
 *
 * @param kbId          namespaced stable id ({@code iso3166:IQ}), null when unlinked
 * @param canonicalName English label of the linked entity, null when unlinked
 * @param subtype       COUNTRY, CITY, NATIONALITY, ..., null when unknown
 * @param countryCode   ISO 3166-1 alpha-2 of the country the entity belongs to, null when unknown
 */
public record Link(String kbId, String canonicalName, String subtype, String countryCode) {
    public static final Link NONE = new Link(null, null, null, null);

    public boolean isLinked() {
        return kbId != null;
    }
}
