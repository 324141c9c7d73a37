package khabar.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReuseTest {
    private final TextReuse reuse = TextReuse.defaults();

    private static final String WIRE = "QUETTA: At least 11 people were killed and 34 wounded when a bomb went off near a market, police said.\n\n"
            + "The bomb had been fitted to a motorcycle parked outside a row of fruit stalls, and the blast shattered windows across the road.\n\n"
            + "\"The device was detonated by remote control as the morning crowd gathered,\" senior police officer Abdul Karim said.\n\n"
            + "No group immediately claimed responsibility for the attack.";

    @Test
    void aRewriteWithANewLeadReorderedParagraphsAndChangedWordsIsTheSameStory() {
        String rewrite = "A powerful explosion near a market in Quetta left eleven dead on Tuesday, officials confirmed.\n\n"
                + "\"The device was detonated by remote control as the morning crowd gathered,\" senior police officer Abdul Karim stated.\n\n"
                + "A shopkeeper told our correspondent that the whole street shook.\n\n"
                + "The bomb had been fitted to a motorcycle parked outside a row of fruit stalls, and the blast shattered windows across the road.";
        assertThat(reuse.sameStory(WIRE, rewrite)).isTrue();
        assertThat(reuse.score(reuse.profile(WIRE), reuse.profile(rewrite)).sentences()).isEqualTo(2);
    }

    @Test
    void anotherStoryThatSharesOnlyTheStockClosingLineIsNot() {
        String other = "PESHAWAR: At least 7 people were killed and 19 wounded when a bomb went off outside a police station, police said.\n\n"
                + "Four of the dead were constables who had just changed shifts.\n\n"
                + "No group immediately claimed responsibility for the attack.";
        TextReuse.Score s = reuse.score(reuse.profile(WIRE), reuse.profile(other));
        assertThat(s.sentences()).isEqualTo(1);
        assertThat(reuse.sameStory(WIRE, other)).isFalse();
    }

    @Test
    void urduIsComparedNormalized() {
        String wire = "کوئٹہ میں دھماکے سے 11 افراد ہلاک ہو گئے۔ پولیس نے بتایا کہ بم ایک موٹر سائیکل میں نصب تھا اور اسے ریموٹ کنٹرول سے اڑایا گیا۔";
        // Arabic-keyboard yeh and kaf, Urdu digits
        String typed = "کوئٹہ میں دھماکے سے ۱۱ افراد ہلاك ہو گئے۔ پولیس نے بتایا کہ بم ايک موٹر سائیکل میں نصب تھا اور اسے ریموٹ کنٹرول سے اڑایا گیا۔";
        TextReuse.Score s = reuse.score(reuse.profile(wire), reuse.profile(typed));
        assertThat(s.share()).isEqualTo(1.0);
        assertThat(reuse.sameStory(wire, typed)).isTrue();
    }

    @Test
    void aPackedProfileScoresAsTheProfile() {
        TextReuse.Profile p = reuse.profile(WIRE);
        TextReuse.Profile q = TextReuse.unpack(TextReuse.pack(p));
        assertThat(q.grams()).containsExactly(p.grams());
        assertThat(reuse.score(q, reuse.profile(WIRE + " One more line."))).isEqualTo(reuse.score(p, reuse.profile(WIRE + " One more line.")));
        assertThat(TextReuse.unpack(TextReuse.pack(reuse.profile(""))).sentenceGrams()).isEmpty();
    }

    @Test
    void emptyAndNullTextsAreNoStoryOfAnother() {
        assertThat(reuse.sameStory(null, WIRE)).isFalse();
        assertThat(reuse.sameStory("", "")).isFalse();
    }
}
