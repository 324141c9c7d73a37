package khabar.core.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Stable ids and hashes for articles.
 * <ul>
 *   <li>{@link #canonicalUrl}: scheme and host lower-cased, {@code www.} dropped, fragment and tracking
 *   parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) removed, trailing slash removed;</li>
 *   <li>{@link #contentHash}: SHA-256 of the text NFKC-normalized, lower-cased, whitespace collapsed;</li>
 *   <li>{@link #articleId}: from the canonical URL when there is one, else from the file name, record
 *   number and content hash (so moving the dumps to another folder keeps the ids).</li>
 * </ul>
 * Ids and hashes are the first 128 bits of a SHA-256, as 32 hex chars.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String articleId(String url, String origin, long originOffset, String contentHash) {
        String canonical = canonicalUrl(url);
        if (canonical != null) {
            return sha("url\n" + canonical);
        }
        String file = origin == null ? "" : origin.substring(origin.lastIndexOf('/') + 1);
        return sha("file\n" + file + "\n" + originOffset + "\n" + contentHash);
    }

    public static String contentHash(String title, String text) {
        String normalized = Normalizer.normalize((title == null ? "" : title) + "\n" + (text == null ? "" : text),
                Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return sha(normalized);
    }

    /** The URL without the parts that differ between copies of the same page, or null when unparseable. */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringJoiner query = new StringJoiner("&");
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                    if (!isTracking(key.toLowerCase(Locale.ROOT)) && !p.isEmpty()) {
                        query.add(p);
                    }
                }
            }
            String q = query.length() == 0 ? "" : "?" + query;
            return "https://" + host + path + q;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isTracking(String key) {
        return key.startsWith("utm_") || key.equals("fbclid") || key.equals("gclid") || key.equals("ocid")
                || key.equals("cmpid") || key.equals("ref") || key.equals("mc_cid") || key.equals("mc_eid");
    }

    static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
