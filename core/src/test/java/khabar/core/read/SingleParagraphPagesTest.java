package khabar.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CC-NEWS response whose story is one long paragraph (a 2,000-character Urdu story) is an article, whatever
 * the page wraps it in: a single paragraph is an article, not MISSING_TEXT.
 */
class SingleParagraphPagesTest {
    private static final String STORY = "کراچی میں موسلا دھار بارش سے کئی علاقوں میں پانی جمع ہو گیا ".repeat(33).strip() + "۔";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<html><body><article><p>STORY</p></article></body></html>",
        "<!DOCTYPE html><html lang=\"ur\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>بارش</title></head>"
                + "<body><nav>صفحہ اول</nav><article><header><h1>بارش</h1></header><p>STORY</p></article>"
                + "<footer>جملہ حقوق</footer></body></html>",
        // ASP.NET WebForms pages wrap the whole body in a <form>
        "<html><body><form id=\"form1\" method=\"post\"><nav>menu</nav><article><p>STORY</p></article></form></body></html>",
        "<html><body><form id=\"form1\" method=\"post\"><div class=\"detail\"><p>STORY</p></div></form></body></html>",
        // a wrapper whose class names a sidebar or header
        "<html><body><div class=\"layout has-sidebar\"><article><p>STORY</p></article><div class=\"sidebar\">"
                + "<p>Most read</p></div></div></body></html>",
        // <p><div>…</div></p>: the parser closes the <p> before the <div>, leaving the story outside any block
        "<html><body><article><p><div>STORY</div></p></article></body></html>",
    })
    void aSingleParagraphStoryInACcNewsResponseIsAnArticle(String page) {
        List<DumpRecord> records = DumpFixtures.readBytes("file:/cc-news.warc", warc(page.replace("STORY", STORY)),
                ReadOptions.defaults(), new ArrayList<>());
        assertThat(records).singleElement().isInstanceOfSatisfying(RawArticle.class, a -> {
            assertThat(a.text()).isEqualTo(STORY);
            assertThat(a.text()).doesNotContain("menu", "Most read", "صفحہ اول", "جملہ حقوق");
        });
    }

    /** One WARC response record for {@code https://ur.example/news/1} with {@code html} as its UTF-8 body. */
    private static byte[] warc(String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-07-25T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(http) + ">\r\nWARC-Target-URI: https://ur.example/news/1\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.UTF_8), http), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
