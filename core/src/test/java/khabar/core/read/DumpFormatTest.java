package khabar.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DumpFormatTest {
    private static DumpFormat sniff(String head) {
        return DumpFormat.sniff(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesEachFormatFromItsFirstBytes() throws Exception {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo")).isEqualTo(DumpFormat.WARC);
        assertThat(sniff("<DOC id=\"AFP_ENG_20240712.0004\" type=\"story\">")).isEqualTo(DumpFormat.SGML);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE DOC [\n]>\n<DOC id=\"x\">")).isEqualTo(DumpFormat.SGML);
        assertThat(sniff("\n<!DOCTYPE html><html><body></body></html>")).isEqualTo(DumpFormat.HTML);
        assertThat(sniff("[{\"title\":\"a\"}]")).isEqualTo(DumpFormat.JSON);
        assertThat(sniff("{\n    \"title\": \"a\"\n}")).isEqualTo(DumpFormat.JSON);
        assertThat(sniff("{\"title\":\"a\",\"maintext\":\"b\"}\n{\"title\":\"c\"}")).isEqualTo(DumpFormat.JSONL);
        assertThat(sniff("Title\n\nBody")).isEqualTo(DumpFormat.TEXT);
        assertThat(DumpFormat.sniff(DumpFixtures.bytes("articles.zip"))).isEqualTo(DumpFormat.ZIP);
        byte[] tar = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                DumpFixtures.bytes("articles.tar.gz"))).readNBytes(4096);
        assertThat(DumpFormat.sniff(tar)).isEqualTo(DumpFormat.TAR);
    }

    @Test
    void parsesTheFormatSettingAndNamesTheAllowedValues() {
        assertThat(DumpFormat.fromSetting("auto")).isNull();
        assertThat(DumpFormat.fromSetting(" WARC ")).isEqualTo(DumpFormat.WARC);
        assertThat(DumpFormat.fromSetting("jsonl")).isEqualTo(DumpFormat.JSONL);
        assertThatThrownBy(() -> DumpFormat.fromSetting("zip")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, jsonl, json, warc, sgml, html, text");
    }

    @Test
    void aForcedFormatWinsOverTheSniffedOne() {
        byte[] text = "{not json at all}\n\nBody paragraph.".getBytes(StandardCharsets.UTF_8);
        var records = DumpFixtures.readBytes("file:/t.txt", text, ReadOptions.defaults().withFormat(DumpFormat.TEXT),
                new java.util.ArrayList<>());
        assertThat(records).singleElement().isInstanceOfSatisfying(RawArticle.class,
                a -> assertThat(a.title()).isEqualTo("{not json at all}"));
    }
}
