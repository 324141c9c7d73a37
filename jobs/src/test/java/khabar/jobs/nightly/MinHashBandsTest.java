package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class MinHashBandsTest {
    private static final Path SEED = Path.of("../../shared/seeds/000_c7b0c4a97e33bfd0.txt");

    private final MinHashBands kernel = new MinHashBands(5, 80, 2, 7L);

    @Test
    void hashesEveryDistinctShingleOnce() throws Exception {
        String urdu = Files.exists(SEED) ? Files.readString(SEED) : "کراچی میں بارش کے بعد سڑکیں پانی میں ڈوب گئیں اور کراچی میں بارش";
        String english = "The river burst its banks on Monday. The river burst its banks again on Tuesday, officials said.";
        for (String text : new String[] {urdu, english, "Two words", "ك ي"}) {
            long[] set = kernel.shingleSet(text);
            assertThat(set).as(text).hasSize(NearDuplicates.shingles(text, 5).size());
            assertThat(set).isSorted().doesNotHaveDuplicates();
        }
        assertThat(kernel.shingleSet("كراچي ميں")).isEqualTo(kernel.shingleSet("کراچی میں"));
        assertThat(kernel.shingleSet(" ... ")).isEmpty();
        assertThat(kernel.shingleSet(null)).isEmpty();
        assertThat(kernel.minHashes(new long[0])).isEmpty();
    }

    @Test
    void bandKeysAgreeAboutAsOftenAsJaccardToTheRows() {
        MinHashBands wide = new MinHashBands(5, 2000, 2, 11L);
        long[] a = LongStream.range(0, 300).toArray();
        long[] b = LongStream.range(100, 400).toArray(); // Jaccard 200 / 400 = 0.5
        long[] c = LongStream.range(1000, 1300).toArray(); // disjoint from a
        long[] ka = wide.bandKeys(wide.minHashes(a));
        assertThat(wide.bandKeys(wide.minHashes(a.clone()))).isEqualTo(ka);
        assertThat(agreeing(ka, wide.bandKeys(wide.minHashes(b))) / 2000.0).isBetween(0.20, 0.30); // 0.5² = 0.25
        assertThat(agreeing(ka, wide.bandKeys(wide.minHashes(c)))).isZero();
    }

    private static int agreeing(long[] x, long[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += x[i] == y[i] ? 1 : 0;
        }
        return n;
    }

    @Test
    void sketchesAgreeAboutAsOftenAsJaccardPlusChance() {
        MinHashBands wide = new MinHashBands(5, 1000, 2, 13L);
        long[] a = LongStream.range(0, 300).toArray();
        long[] b = LongStream.range(100, 400).toArray(); // Jaccard 0.5
        long[] c = LongStream.range(1000, 1300).toArray(); // 0
        byte[] sa = MinHashBands.sketch(wide.minHashes(a));
        assertThat(MinHashBands.sketchMatches(sa, MinHashBands.sketch(wide.minHashes(b))) / 2000.0).isBetween(0.45, 0.55);
        assertThat(MinHashBands.sketchMatches(sa, MinHashBands.sketch(wide.minHashes(c))) / 2000.0).isLessThan(0.02);
        assertThat(MinHashBands.minSketchMatches(0.2, 160)).isEqualTo(19);
    }

    @Test
    void theSameTextGivesTheSameKeysInAnotherKernelWithTheSameSeed() {
        String t = "The river burst its banks on Monday, flooding the low-lying districts of the city.";
        MinHashBands other = new MinHashBands(5, 80, 2, 7L);
        assertThat(other.bandKeys(other.minHashes(other.shingleSet(t)))).isEqualTo(kernel.bandKeys(kernel.minHashes(kernel.shingleSet(t))));
    }

    @Test
    void exactJaccardOfPackedSets() {
        assertThat(MinHashBands.jaccard(MinHashBands.pack(new long[] {1, 3, 5, 7}), MinHashBands.pack(new long[] {3, 4, 5})))
                .isEqualTo(2.0 / 5);
        assertThat(MinHashBands.jaccard(MinHashBands.pack(new long[] {-9, 2}), MinHashBands.pack(new long[] {-9, 2}))).isEqualTo(1.0);
        assertThat(MinHashBands.jaccard(new byte[0], new byte[0])).isEqualTo(0.0);
    }

    @Test
    void refusesSettingsThatMakeNoBands() {
        assertThatThrownBy(() -> new MinHashBands(5, 0, 2, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicates.Settings(0, 5, 80, 2, 16)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultBandsFindPairsAtTheThresholdAndRarelyUnrelatedOnes() {
        NearDuplicates.Settings s = NearDuplicates.Settings.defaults();
        assertThat(s.candidateProbability(s.minJaccard())).isGreaterThan(0.95);
        assertThat(s.candidateProbability(0.24)).isGreaterThan(0.99);
        assertThat(s.candidateProbability(0.01)).isLessThan(0.01);
    }
}
