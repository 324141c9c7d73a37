package khabar.core.reading.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelScoresTest {
    @Test
    void accuracyAndMacroF1OverTheLabels() {
        LabelScores s = LabelScores.of(List.of("positive", "positive", "negative", "neutral"),
                List.of("positive", "neutral", "negative", "neutral"), 2.0);
        assertThat(s.accuracy()).isCloseTo(0.75, within(1e-9));
        assertThat(s.perLabel().get("positive").recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.perLabel().get("neutral").precision()).isCloseTo(0.5, within(1e-9));
        // f1: positive 2/3, negative 1, neutral 2/3
        assertThat(s.macroF1()).isCloseTo((2.0 / 3 + 1 + 2.0 / 3) / 3, within(1e-9));
        assertThat(s.itemsPerSecond()).isCloseTo(2.0, within(1e-9));
        assertThat(s.toJson()).startsWith("{\"accuracy\":0.7500,\"macro_f1\":0.7778,\"per_label\":{\"negative\":")
                .endsWith(",\"items\":4,\"items_per_second\":2.0}");
    }

    @Test
    void goldLinesNeedALabelOfTheSetAndATab(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.tsv"), "# comment\npositive\tGood news.\n\nneutral\tA meeting.\n");
        assertThat(LabelledLines.read(ok, ToneEvaluation.LABELS)).containsExactly(
                new LabelledLines.Item("positive", "Good news."), new LabelledLines.Item("neutral", "A meeting."));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "positive\tfine\nhappy\tno\n");
        assertThatThrownBy(() -> LabelledLines.read(bad, ToneEvaluation.LABELS)).hasMessageContaining("bad.tsv:2")
                .hasMessageContaining("happy");
        Path noTab = Files.writeString(dir.resolve("notab.tsv"), "positive fine\n");
        assertThatThrownBy(() -> LabelledLines.read(noTab, ToneEvaluation.LABELS)).hasMessageContaining("label<TAB>text");
    }

    @Test
    void aNullPredictionIsWrongForItsGoldLabelAndNoLabelOfItsOwn() {
        LabelScores s = LabelScores.of(java.util.List.of("sport", "sport", "world"),
                java.util.Arrays.asList("sport", null, "world"), 1.0);
        assertThat(s.accuracy()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.perLabel()).containsOnlyKeys("sport", "world");
        assertThat(s.perLabel().get("sport").recall()).isEqualTo(0.5);
        assertThat(s.perLabel().get("sport").precision()).isEqualTo(1.0);
    }
}
