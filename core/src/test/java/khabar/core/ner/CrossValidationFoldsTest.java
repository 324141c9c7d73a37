package khabar.core.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CrossValidationFoldsTest {
    private final List<Integer> items = IntStream.range(0, 23).boxed().toList();

    @Test
    void everyItemIsTestedExactlyOnceAndNeverTrainedOnInItsOwnFold() {
        List<CrossValidationFolds.Fold<Integer>> folds = CrossValidationFolds.blocks(items, 5, 2);

        List<Integer> tested = new ArrayList<>();
        for (CrossValidationFolds.Fold<Integer> f : folds) {
            tested.addAll(f.test());
            assertThat(f.train()).doesNotContainAnyElementsOf(f.test());
            assertThat(f.train().size() + f.test().size()).isEqualTo(items.size());
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void blocksOfNeighboursAreDealtRoundRobinTheSameWayEveryTime() {
        List<CrossValidationFolds.Fold<Integer>> folds = CrossValidationFolds.blocks(items, 5, 2);

        // blocks {0,1} {2,3} ... {20,21} {22}: fold 1 holds blocks 1, 6 and 11 -> 2,3 12,13 22
        assertThat(folds.get(1).test()).containsExactly(2, 3, 12, 13, 22);
        assertThat(folds.get(0).test()).containsExactly(0, 1, 10, 11, 20, 21);
        assertThat(folds.get(1).train()).startsWith(0, 1, 4, 5).endsWith(20, 21);
        assertThat(CrossValidationFolds.blocks(items, 5, 2)).isEqualTo(folds);
    }

    @Test
    void refusesFewerThanTwoFoldsOrMoreFoldsThanItems() {
        assertThatThrownBy(() -> CrossValidationFolds.blocks(items, 1, 2)).hasMessageContaining("2 <= k <= 23");
        assertThatThrownBy(() -> CrossValidationFolds.blocks(List.of(1, 2), 3, 2)).hasMessageContaining("--cv");
    }
}
