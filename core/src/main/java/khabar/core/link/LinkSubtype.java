package khabar.core.link;

/**
 * The kinds of place-like entities the linker knows; {@link khabar.core.text.Link#subtype()} holds their
 * {@link #name()}.
 */
public enum LinkSubtype {
    /** A country or territory with an ISO 3166-1 alpha-2 code ({@code iso3166:IQ}). */
    COUNTRY,
    /** A city or town ({@code city:IQ:baghdad}). */
    CITY,
    /** A province, governorate, strip or other area inside one country, or a supranational area. */
    REGION,
    /** A named facility such as an air base ({@code site:IQ:ain-al-asad}). */
    SITE,
    /** A nationality adjective or demonym (American, امریکی): linked to the id of its country. */
    NATIONALITY
}
