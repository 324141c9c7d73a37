package khabar.core.read;

import java.util.List;

/**
 * An article as read from a dump, before any cleaning or NLP.
 *
 * @param origin       URI of the file
 * @param originOffset record number in the file
 * @param source       publisher or feed (news-please {@code source_domain}), null when unknown
 * @param url          the article's URL, null when unknown
 * @param title        the headline, may be empty
 * @param text         the body text
 * @param publishedAt  publication time as written in the dump (ISO-like), null when unknown
 * @param languageHint language the dump claims, null when it claims none
 * @param authors      bylines, possibly empty
 */
public record RawArticle(String origin, long originOffset, String source, String url, String title, String text,
                         String publishedAt, String languageHint, List<String> authors) implements DumpRecord {
    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        title = title == null ? "" : title;
    }
}
