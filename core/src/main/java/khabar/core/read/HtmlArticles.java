package khabar.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Pulls an article out of a news page with jsoup: title, main text, publication date, language and
 * description. Main text: boilerplate removed (script, style, nav, header, footer, aside, form,
 * comments, and elements whose role, class or id say navigation, share, related, comments, ads), except
 * an element that holds the article ({@code <article>}, {@code [itemprop=articleBody]}, {@code <main>},
 * {@code [role=main]}) or, on a page without one, most of the page's {@code <p>} text (a page wrapped in
 * an ASP.NET {@code <form>} or a {@code <div class="has-sidebar">}); then the first of {@code <article>}
 * (the one with most paragraph text), {@code [itemprop=articleBody]}, {@code <main>}, {@code [role=main]},
 * the element holding the most {@code <p>} text, the body; its blocks become paragraphs separated by blank
 * lines. A single paragraph is an article. When the blocks hold less than half of its text (a story in a
 * {@code <div>} that the parser moved out of its {@code <p>}), the text outside blocks becomes paragraphs too.
 */
public final class HtmlArticles {
    private static final String BOILERPLATE_TAGS = "script, style, noscript, template, nav, header, footer, aside, "
            + "form, iframe, svg, button, select, figure, object, embed, canvas, [hidden], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
    private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|comments?|sidebar|newsletter"
                    + "|advert|ads?|promo|cookie|subscribe|footer|header|masthead)($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";
    private static final String CANDIDATES = "article, [itemprop=articleBody], main, [role=main]";

    private HtmlArticles() {
    }

    /**
     * What a page says about its article.
     *
     * @param title       og:title, else the page's {@code <h1>}, else {@code <title>}; empty when none
     * @param text        main text, paragraphs separated by blank lines; empty when the page has none
     * @param publishedAt the first of article:published_time, og:published_time, itemprop datePublished,
     *                    JSON-LD datePublished, {@code <time datetime>} in the article; null when none
     * @param language    primary subtag of {@code <html lang>} (or content-language, og:locale), lower case
     * @param description meta description or og:description, null when none
     * @param authors     meta author / article:author values
     */
    public record Extracted(String title, String text, String publishedAt, String language, String description,
                            List<String> authors) {
    }

    /** Extracts from {@code html}; {@code baseUri} resolves relative links (may be empty). */
    public static Extracted extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = firstNonBlank(meta(doc, "og:title"), textOf(doc.selectFirst("article h1, main h1, h1")), doc.title());
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "og:article:published_time"), itemprop(doc, "datePublished"), jsonLdDate(doc),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date.issued"),
                attr(doc.selectFirst("article time[datetime]"), "datetime"));
        String lang = language(firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"), meta(doc, "og:locale")));
        String description = firstNonBlank(meta(doc, "description"), meta(doc, "og:description"));
        List<String> authors = new ArrayList<>();
        for (Element m : doc.select("meta[name=author], meta[property=article:author]")) {
            String a = m.attr("content").strip();
            if (!a.isEmpty() && !a.startsWith("http") && !authors.contains(a)) {
                authors.add(a);
            }
        }
        Element body = doc.body();
        String text = body == null ? "" : mainText(body);
        return new Extracted(title == null ? "" : title, text, published, lang, description, authors);
    }

    private static String mainText(Element body) {
        boolean hasCandidate = body.selectFirst(CANDIDATES) != null;
        int pageText = hasCandidate ? 0 : body.select("p").text().length();
        for (Element e : body.select(BOILERPLATE_TAGS)) {
            if (e.parent() != null && !holdsTheArticle(e, hasCandidate, pageText)) {
                e.remove();
            }
        }
        body.getAllElements().forEach(e -> e.childNodes().stream().filter(n -> n instanceof Comment).toList()
                .forEach(org.jsoup.nodes.Node::remove));
        for (Element e : body.getAllElements()) {
            if (e != body && e.parent() != null && BOILERPLATE_NAMES.matcher(e.className() + " " + e.id()).find()
                    && !holdsTheArticle(e, hasCandidate, pageText)) {
                e.remove();
            }
        }
        Element main = best(body.select("article"));
        if (main == null) {
            main = firstOf(body, "[itemprop=articleBody]", "main", "[role=main]");
        }
        if (main == null) {
            main = densest(body);
        }
        return paragraphs(main == null ? body : main);
    }

    /**
     * Whether a boilerplate-looking element must stay because the article is inside it: it holds an article
     * candidate or, on a page without one, at least half of the page's {@code <p>} text.
     */
    private static boolean holdsTheArticle(Element e, boolean hasCandidate, int pageText) {
        if (hasCandidate) {
            return e.selectFirst(CANDIDATES) != null;
        }
        return pageText > 0 && 2 * e.select("p").text().length() >= pageText;
    }

    /** Among candidates, the one with most paragraph text, or null. */
    private static Element best(Elements candidates) {
        Element best = null;
        int most = -1;
        for (Element e : candidates) {
            int n = e.select("p").text().length();
            if (n > most) {
                most = n;
                best = e;
            }
        }
        return best;
    }

    private static Element firstOf(Element root, String... selectors) {
        for (String s : selectors) {
            Element e = root.selectFirst(s);
            if (e != null && !e.text().isBlank()) {
                return e;
            }
        }
        return null;
    }

    /** The parent of {@code <p>}s holding the most paragraph text, or null without paragraphs. */
    private static Element densest(Element body) {
        java.util.Map<Element, Integer> score = new java.util.LinkedHashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return score.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }

    /**
     * The blocks under {@code root} as paragraphs; text outside blocks (a bare div) becomes its own paragraph
     * when there are no blocks, or when the blocks hold less than half of the text.
     */
    private static String paragraphs(Element root) {
        root.select("h1").remove();
        List<String> out = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            for (String part : root.wholeText().split("\\n\\s*\\n")) {
                add(out, part);
            }
        } else {
            for (Element b : blocks) {
                if (b.parents().stream().anyMatch(p -> blocks.contains(p))) {
                    continue;
                }
                add(out, b.text());
            }
            if (2 * out.stream().mapToInt(String::length).sum() < root.text().length()) {
                out.clear();
                StringBuilder run = new StringBuilder();
                walk(root, run, out);
                add(out, run.toString());
            }
        }
        return String.join("\n\n", out);
    }

    /**
     * Paragraphs in document order: each block's text, and each run of text between blocks (inline elements
     * and text nodes, ended by a block or another block-level element).
     */
    private static void walk(Element e, StringBuilder run, List<String> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                run.append(t.getWholeText());
            } else if (n instanceof Element c) {
                if (c.is(BLOCKS)) {
                    add(out, run.toString());
                    run.setLength(0);
                    add(out, c.text());
                } else if (c.isBlock()) {
                    add(out, run.toString());
                    run.setLength(0);
                    walk(c, run, out);
                    add(out, run.toString());
                    run.setLength(0);
                } else {
                    walk(c, run, out);
                }
            }
        }
    }

    private static void add(List<String> out, String paragraph) {
        String p = paragraph.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        return e == null ? null : firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
    }

    private static String jsonLdDate(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(s.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
