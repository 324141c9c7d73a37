package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UrduGazetteerBuilderTest {
    @Test
    void cldrPlacesHoldEveryCommittedCldrLocation() throws IOException {
        String committed;
        try (InputStream in = UrduGazetteerBuilderTest.class.getResourceAsStream("/khabar/gazetteers/ur/cldr-locations.txt")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the committed list is this, less the words the training text uses mostly outside names
        Set<String> fresh = UrduGazetteerBuilder.clean(khabar.core.link.CldrPlacesExport.urduNerPlaces(),
                UrduGazetteerBuilder.WordStats.of(List.of()));
        assertThat(fresh).containsAll(committed.lines().toList()).contains("بغداد", "کراچی", "عراق");
    }
}
