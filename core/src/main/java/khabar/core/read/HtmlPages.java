package khabar.core.read;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the bytes of one HTML page into an article or a reject: charset, decoding, extraction. */
final class HtmlPages {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_:.-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN = 4096;

    private HtmlPages() {
    }

    /** The charset named in a Content-Type header value, or null. */
    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The charset a {@code <meta>} in the first 4 KB declares, or null. */
    static String metaCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    /**
     * The article in {@code bytes}, or a reject: INVALID_ENCODING when no charset is trusted,
     * MISSING_TEXT when the page has no main text.
     *
     * @param headerCharset charset from the HTTP header, or null (it wins over the page's meta)
     */
    static DumpRecord toRecord(String origin, long offset, String url, byte[] bytes, String headerCharset) {
        String declared = headerCharset != null ? headerCharset : metaCharset(bytes);
        String html;
        try {
            html = TextDecoding.decode(bytes, declared).text();
        } catch (TextDecoding.Undecodable e) {
            return new Reject(origin, offset, RejectReason.INVALID_ENCODING, "HTML page: " + e.getMessage(),
                    StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        HtmlArticles.Extracted a = HtmlArticles.extract(html, url);
        if (a.text().isBlank()) {
            return new Reject(origin, offset, RejectReason.MISSING_TEXT, "HTML page without article text"
                    + (url == null ? "" : ": " + url), a.title());
        }
        return new RawArticle(origin, offset, host(url), url, a.title(), a.text(), a.publishedAt(), a.language(),
                a.authors(), a.description(), null);
    }

    /** The URL's host without a leading {@code www.}, like news-please's source_domain; null when none. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
