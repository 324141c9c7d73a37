package khabar.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letters the near-duplicate words fold ({@code UrduLetterFolding.NEAR_DUPLICATE_WORDS}) and those they keep. */
class NearDuplicateWordFoldingTest {
    @Test
    void foldsArabicYehAndKafOnly() {
        assertThat(MinHashBands.words("كراچي ميں")).containsExactly("کراچی", "میں");
        // the known difference: alef maksura, heh and teh marbuta stay as typed here, unlike UrduNormalizer
        assertThat(MinHashBands.words("عيسى مكة ه")).containsExactly("عیسى", "مکة", "ه");
        assertThat(MinHashBands.words("Kabul, كابل")).containsExactly("kabul", "کابل");
    }
}
