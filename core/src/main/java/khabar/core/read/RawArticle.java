package khabar.core.read;

import java.util.List;

/**
 * An article as read from a dump, before any cleaning or NLP.
 *
 * @param origin       URI of the file (archive entries: {@code archive-uri!/entry/path})
 * @param originOffset record number in the file, or the byte offset of the record for WARC files and
 *                     split JSON Lines files
 * @param source       publisher or feed (news-please {@code source_domain}, the WARC URL's host, the
 *                     Gigaword agency), null when unknown
 * @param url          the article's URL, null when unknown
 * @param title        the headline, may be empty
 * @param text         the body text, paragraphs separated by blank lines
 * @param publishedAt  publication time as written in the dump (ISO-like), null when unknown
 * @param languageHint language the dump claims, null when it claims none
 * @param authors      bylines, possibly empty
 * @param description  the summary the dump carries (news-please {@code description}, HTML meta description),
 *                     null when none
 * @param dateline     the dateline as the dump gives it apart from the text (Gigaword {@code DATELINE}),
 *                     null when none
 */
public record RawArticle(String origin, long originOffset, String source, String url, String title, String text,
                         String publishedAt, String languageHint, List<String> authors, String description,
                         String dateline) implements DumpRecord {
    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        title = title == null ? "" : title;
    }

    /** An article without description and separate dateline (the fields the first readers had). */
    public RawArticle(String origin, long originOffset, String source, String url, String title, String text,
                      String publishedAt, String languageHint, List<String> authors) {
        this(origin, originOffset, source, url, title, text, publishedAt, languageHint, authors, null, null);
    }
}
