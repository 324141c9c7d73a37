package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UrduNerRulesTest {
    @Test
    void anUnknownRuleNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> UrduNerRules.checked(Set.of("personRuns", "persnRuns")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[persnRuns]").hasMessageContaining("trimBrackets");
        assertThatThrownBy(() -> UrduNer.get().withRulesOff(Set.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void switchingNothingOffKeepsTheSharedTagger() {
        assertThat(UrduNer.get().withRulesOff(Set.of())).isSameAs(UrduNer.get());
        UrduNer ablated = UrduNer.get().withRulesOff(Set.of("tiles", "chain"));
        assertThat(ablated).isNotSameAs(UrduNer.get());
        assertThat(ablated.withRulesOff(Set.of("chain", "tiles"))).isSameAs(ablated);
    }
}
