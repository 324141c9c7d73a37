package khabar.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import khabar.core.config.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledDefaultsMatchConfKhabarConf() {
        KhabarConfig c = ConfigLoader.load(null, Map.of());
        assertThat(c.input()).isEqualTo("samples/{date}");
        assertThat(c.warehouse()).isEqualTo("warehouse");
        assertThat(c.master()).isEqualTo("local[*]");
        assertThat(c.nlp().english().models()).singleElement().asString().contains("all.3class");
    }

    @Test
    void flagsBeatTheConfFileWhichBeatsTheDefaults() throws IOException {
        Path conf = dir.resolve("site.conf");
        Files.writeString(conf, "khabar { warehouse = \"/data/wh\", input = \"/dumps/{yyyy}/{date}\" }");
        KhabarConfig fromFile = ConfigLoader.load(conf, Map.of());
        assertThat(fromFile.warehouse()).isEqualTo("/data/wh");
        assertThat(fromFile.input()).isEqualTo("/dumps/{yyyy}/{date}");
        KhabarConfig withFlag = ConfigLoader.load(conf, Map.of("khabar.warehouse", "/tmp/other"));
        assertThat(withFlag.warehouse()).isEqualTo("/tmp/other");
        assertThat(withFlag.input()).isEqualTo("/dumps/{yyyy}/{date}");
    }

    @Test
    void anUnknownKeyIsAnErrorThatNamesIt() throws IOException {
        Path conf = dir.resolve("typo.conf");
        Files.writeString(conf, "khabar.rejects.max-ration = 0.2\n");
        assertThatThrownBy(() -> ConfigLoader.load(conf, Map.of()))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("khabar.rejects.max-ration")
                .hasMessageContaining("is not a khabar setting")
                .hasMessageContaining("rejects.max-ratio");
    }

    @Test
    void outOfRangeAndMistypedValuesNameTheirKey() throws IOException {
        Path conf = dir.resolve("bad.conf");
        Files.writeString(conf, "khabar.rejects.max-ratio = 1.5\n");
        assertThatThrownBy(() -> ConfigLoader.load(conf, Map.of()))
                .hasMessageContaining("khabar.rejects.max-ratio").hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("khabar.spark.shuffle-partitions", "many")))
                .hasMessageContaining("khabar.spark.shuffle-partitions");
    }

    @Test
    void theReadFormatIsAutoByDefaultForceableAndCheckedByName() {
        assertThat(ConfigLoader.load(null, Map.of()).readFormat()).isNull();
        assertThat(ConfigLoader.load(null, Map.of("khabar.read.format", "warc")).readOptions().format())
                .isEqualTo(khabar.core.read.DumpFormat.WARC);
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("khabar.read.format", "pdf")))
                .isInstanceOf(ConfigProblem.class).hasMessageContaining("khabar.read.format")
                .hasMessageContaining("auto, jsonl, json, warc, sgml, html, text");
    }

    @Test
    void aMissingConfFileIsReported() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.conf"), Map.of()))
                .isInstanceOf(ConfigProblem.class).hasMessageContaining("nope.conf");
    }
}
