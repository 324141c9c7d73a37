package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrduHandLabelSampleTest {
    @Test
    void leavesOutEveryLineThatSharesARunWithAnExcludedSetAndIsReproducible(@TempDir Path dir) throws Exception {
        String kept = "وزیر اعلیٰ نے آج صوبے کے تمام اسکولوں کے لیے نئی پالیسی کا اعلان کیا ۔";
        String shared = "اجلاس میں فیصلہ کیا گیا کہ بجٹ اگلے ماہ پیش کیا جائے گا ۔";
        // the second sentence of this line is fine, but the line shares a run with the excluded set: all of it goes
        String other = "شہر میں بارش کے بعد کئی سڑکیں پانی میں ڈوب گئیں اور ٹریفک رک گیا ۔ " + shared;
        Files.writeString(dir.resolve("a.txt"), kept + "\n" + other + "\n", StandardCharsets.UTF_8);
        Set<String> excluded = Set.of("فیصلہ کیا گیا کہ بجٹ");
        List<List<String>> drawn = UrduHandLabelSample.sample(dir, 10, 7, excluded);
        assertThat(drawn).extracting(t -> String.join(" ", t)).containsExactly(kept);
        assertThat(UrduHandLabelSample.sample(dir, 10, 7, Set.of())).hasSize(3);
        assertThat(UrduHandLabelSample.sample(dir, 10, 7, Set.of())).isEqualTo(UrduHandLabelSample.sample(dir, 10, 7, Set.of()));
    }
}
