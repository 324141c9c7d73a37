package khabar.core.link;

import khabar.core.text.Link;

/**
 * A run of tokens that the gazetteer recognised, as returned by {@link EntityLinker#findAll}.
 *
 * @param tokenBegin index of its first token in the list that was scanned
 * @param tokenEnd   index one past its last token
 * @param normalized the normalized key that matched (pieces joined by one space)
 * @param link       what it links to, never {@link Link#NONE}
 */
public record LinkedSpan(int tokenBegin, int tokenEnd, String normalized, Link link) {
    public LinkedSpan {
        if (tokenBegin < 0 || tokenEnd <= tokenBegin) {
            throw new IllegalArgumentException("bad span " + tokenBegin + ".." + tokenEnd);
        }
        if (link == null || !link.isLinked()) {
            throw new IllegalArgumentException("a linked span needs a link");
        }
    }

    /** The subtype of its link (COUNTRY, CITY, REGION, SITE, NATIONALITY). */
    public LinkSubtype subtype() {
        return LinkSubtype.valueOf(link.subtype());
    }
}
