package khabar.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void canonicalUrlDropsTrackingParametersFragmentAndWww() {
        assertThat(ArticleIds.canonicalUrl("HTTP://www.Example.com/news/iraq-rockets/?utm_source=x&id=7#top"))
                .isEqualTo("https://example.com/news/iraq-rockets?id=7");
    }

    @Test
    void copiesOfOneUrlShareAnIdWhateverTheirFile() {
        String a = ArticleIds.articleId("https://example.com/a?utm_medium=rss", "file:/x/one.jsonl", 3, "h1");
        String b = ArticleIds.articleId("https://www.example.com/a", "file:/y/two.jsonl", 9, "h2");
        assertThat(a).isEqualTo(b).hasSize(32);
    }

    @Test
    void withoutUrlTheIdComesFromFileNameRecordAndContent() {
        String a = ArticleIds.articleId(null, "file:/data/2024/story.txt", 0, "h");
        assertThat(a).isEqualTo(ArticleIds.articleId(null, "hdfs://nn/other/story.txt", 0, "h"));
        assertThat(a).isNotEqualTo(ArticleIds.articleId(null, "file:/data/2024/story.txt", 1, "h"));
        assertThat(a).isNotEqualTo(ArticleIds.articleId(null, "file:/data/2024/story.txt", 0, "other"));
    }

    @Test
    void contentHashIgnoresCaseAndSpacingOnly() {
        assertThat(ArticleIds.contentHash("Title", "Some  text\nhere"))
                .isEqualTo(ArticleIds.contentHash("title", "some text here"))
                .isNotEqualTo(ArticleIds.contentHash("title", "some other text here"));
    }
}
