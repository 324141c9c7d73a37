package khabar.core.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The same k folds every time: the sentences, in file order, are cut into blocks of {@code blockSize}
 * consecutive sentences, and block {@code b} goes to fold {@code b mod k}. Blocks keep neighbouring sentences
 * of one source document together (a fold rarely tests on a sentence whose neighbours it trained on);
 * dealing the blocks round-robin keeps every fold representative of the whole file, which matters for
 * IL-NER Urdu: its locations sit almost all in the first tenth of train, and about 3,400 sentences in its
 * middle carry no entity at all, so five contiguous fifths would train some folds without locations and test
 * others on no entity. No shuffling: every run and every person gets the same folds.
 */
public final class CrossValidationFolds {
    /** Sentences per block: about one short document. */
    public static final int DEFAULT_BLOCK = 20;

    private CrossValidationFolds() {
    }

    /** One fold: the sentences held out, and the rest to train on, both in file order. */
    public record Fold<T>(int index, List<T> train, List<T> test) {
        public Fold {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    /** Splits {@code items} into {@code k} folds of round-robin blocks; {@code 2 <= k <= items.size()}. */
    public static <T> List<Fold<T>> blocks(List<T> items, int k, int blockSize) {
        if (k < 2 || k > items.size()) {
            throw new IllegalArgumentException("--cv: need 2 <= k <= " + items.size() + " sentences, got " + k);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("block size must be at least 1, got " + blockSize);
        }
        List<Fold<T>> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<T> train = new ArrayList<>();
            List<T> test = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ((i / blockSize) % k == f ? test : train).add(items.get(i));
            }
            folds.add(new Fold<>(f, train, test));
        }
        return folds;
    }
}
