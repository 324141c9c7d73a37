package khabar.core.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToneLexiconTest {
    private static ToneCounts count(String language, String text) {
        ReadingLexicons l = ReadingLexicons.forLanguage(language).orElseThrow();
        return l.tone().count(l.keys(text));
    }

    @Test
    void countsPositiveNegativeActivityAndSelfGroupWords() {
        ToneCounts c = count("en", "We condemned the attack , but the talks were a success .");
        assertThat(c.words()).isEqualTo(10);
        assertThat(c.negative()).isEqualTo(2); // condemned, attack
        assertThat(c.positive()).isEqualTo(1); // success
        assertThat(c.activity()).isEqualTo(1); // attack
        assertThat(c.selfGroup()).isEqualTo(1); // we
        assertThat(c.label()).isEqualTo("negative");
    }

    @Test
    void englishNegationFlipsTheNextFewWords() {
        assertThat(count("en", "the plan was a success").label()).isEqualTo("positive");
        assertThat(count("en", "the plan was not a success").label()).isEqualTo("negative");
        assertThat(count("en", "no one was hurt").label()).isEqualTo("positive");
        assertThat(count("en", "it never failed").label()).isEqualTo("positive");
        // out of reach: the negator is too far before the word
        assertThat(count("en", "not that the team , in the end , won").label()).isEqualTo("positive");
    }

    @Test
    void urduNegationFlipsTheWordsJustBeforeIt() {
        assertThat(count("ur", "حملے میں نقصان ہوا").label()).isEqualTo("negative");
        assertThat(count("ur", "کوئی جانی نقصان نہیں ہوا").label()).isEqualTo("positive");
        assertThat(count("ur", "مذاکرات کامیاب نہ ہو سکے").label()).isEqualTo("negative");
        assertThat(count("ur", "مذاکرات کامیاب ہوئے").label()).isEqualTo("positive");
    }

    @Test
    void toneFieldsFollowGdeltV2Tone() {
        Tone t = new ToneCounts(20, 3, 1, 2, 1).tone();
        assertThat(t.positiveScore()).isCloseTo(15.0, within(1e-9));
        assertThat(t.negativeScore()).isCloseTo(5.0, within(1e-9));
        assertThat(t.tone()).isCloseTo(10.0, within(1e-9));
        assertThat(t.polarity()).isCloseTo(20.0, within(1e-9));
        assertThat(t.activityDensity()).isCloseTo(10.0, within(1e-9));
        assertThat(t.selfGroupDensity()).isCloseTo(5.0, within(1e-9));
        assertThat(t.wordCount()).isEqualTo(20);
    }

    @Test
    void textWithoutWordsHasNoTone() {
        ToneCounts c = count("en", "... -- !!");
        assertThat(c.words()).isZero();
        assertThat(c.tone()).isNull();
        assertThat(c.label()).isEqualTo("neutral");
    }
}
