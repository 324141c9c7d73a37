package khabar.core.urdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import khabar.core.link.EntityLinker;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.text.Link;
import khabar.core.urdu.ner.UrduGazetteers;
import khabar.core.urdu.ner.UrduNerLabels;
import org.junit.jupiter.api.Test;

/** The Urdu name store and word lists as both readers see them: the NER's known names and the linker's aliases. */
class UrduResourcesTest {
    private final UrduResources store = UrduResources.get();

    @Test
    void theNerFindsEveryNameItUsesWholeWithTheRowsType() {
        UrduGazetteers gazetteers = UrduGazetteers.load();
        Set<String> ambiguous = store.words("ambiguous-known");
        int checked = 0;
        for (UrduResources.Name n : store.names()) {
            List<String> forms = UrduNerLabels.featureForms(Arrays.asList(n.name().split("\\s+")));
            if (!n.usedBy(UrduResources.Use.NER) || ambiguous.contains(String.join(" ", forms))) {
                continue;
            }
            assertThat(gazetteers.matchKnown(forms)).as(n.name())
                    .containsExactly(new Span(0, forms.size(), n.type()));
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void theLinkerReadsEveryNameItUsesAsItsKbId() {
        EntityLinker linker = EntityLinker.shared();
        int checked = 0;
        for (UrduResources.Name n : store.names()) {
            if (n.usedBy(UrduResources.Use.LINK)) {
                assertThat(linker.readings(n.name(), "ur", n.type())).as(n.name())
                        .extracting(Link::kbId).contains(n.kbId());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(150);
    }

    @Test
    void aNameTheNerAloneUsesHasNoKbIdAndEveryNameIsListedOncePerType() {
        Set<String> seen = new HashSet<>();
        for (UrduResources.Name n : store.names()) {
            assertThat(seen.add(n.name() + "\t" + n.type())).as(n.name()).isTrue();
            if (!n.usedBy(UrduResources.Use.LINK)) {
                assertThat(n.kbId()).as(n.name()).isNull();
            }
        }
        assertThat(store.names(UrduResources.Use.NER, EntityType.ORGANIZATION)).contains("اقوام متحدہ");
    }

    @Test
    void wordListsAreReadVerbatimAndAnUnknownListFailsWithTheKnownNames() {
        assertThat(store.words("separators")).containsExactly("،", ",", "یا", "اور", "؛", ";");
        assertThat(store.words("openers")).contains("\"", "‘‘", "(");
        assertThatThrownBy(() -> store.words("no-such-list"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("word-lists.tsv").hasMessageContaining("name-ends");
    }
}
