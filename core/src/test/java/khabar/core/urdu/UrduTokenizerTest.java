package khabar.core.urdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import khabar.core.text.Token;
import org.junit.jupiter.api.Test;

class UrduTokenizerTest {
    private final UrduTokenizer tokenizer = new UrduTokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void everySeedTokenMapsBackToItsOffsets() {
        String seed = UrduSeed.text();
        List<Token> tokens = tokenizer.tokenize(seed);
        assertThat(tokens).hasSizeGreaterThan(700);
        int previousEnd = 0;
        for (Token t : tokens) {
            assertThat(seed.substring(t.begin(), t.end())).isEqualTo(t.text());
            assertThat(t.normalized()).isEqualTo(UrduNormalizer.normalize(t.text()));
            assertThat(t.text()).doesNotContainAnyWhitespaces().isNotEmpty();
            assertThat(t.begin()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = t.end();
        }
    }

    @Test
    void splitsUrduFullStopAndCommaOffWords() {
        assertThat(texts("جمعرات اور جمعہ کو کئی راکٹ داغے گئے، یہ بات حکام نے بتائی۔"))
                .containsExactly("جمعرات", "اور", "جمعہ", "کو", "کئی", "راکٹ", "داغے", "گئے", "،", "یہ", "بات",
                        "حکام", "نے", "بتائی", "۔");
    }

    @Test
    void splitsQuestionMarkSemicolonAndExclamation() {
        assertThat(texts("کیا وہ آئیں گے؟ نہیں؛ ہرگز نہیں!"))
                .containsExactly("کیا", "وہ", "آئیں", "گے", "؟", "نہیں", "؛", "ہرگز", "نہیں", "!");
    }

    @Test
    void splitsStraightQuoteOpenedAndCurlyQuoteClosedAsInTheSeed() {
        assertThat(texts("حملہ \"ایک ڈرون اور تین راکٹوں” سے ہوا"))
                .containsExactly("حملہ", "\"", "ایک", "ڈرون", "اور", "تین", "راکٹوں", "”", "سے", "ہوا");
        assertThat(texts("کرنا تھا کہ \"شرمناک\" کرنا")).containsExactly("کرنا", "تھا", "کہ", "\"", "شرمناک", "\"",
                "کرنا");
    }

    @Test
    void splitsCurlyAndGuillemetQuotes() {
        assertThat(texts("“وفود نے سمجھوتہ کیا”۔")).containsExactly("“", "وفود", "نے", "سمجھوتہ", "کیا", "”", "۔");
        assertThat(texts("‘خبر’ «اخبار»")).containsExactly("‘", "خبر", "’", "«", "اخبار", "»");
    }

    @Test
    void splitsBracketsAndDashesOffWords() {
        assertThat(texts("بغداد (اے ایف پی) – عراق—شام"))
                .containsExactly("بغداد", "(", "اے", "ایف", "پی", ")", "–", "عراق", "—", "شام");
    }

    @Test
    void keepsNumbersWhole() {
        assertThat(texts("عراق میں 2500 اور شام میں 900 فوجی")).contains("2500", "900");
        assertThat(texts("175 سے زیادہ مرتبہ")).startsWith("175", "سے");
        assertThat(texts("2,500 فوجی، 3.5 فیصد، 10:30 بجے")).containsExactly("2,500", "فوجی", "،", "3.5", "فیصد", "،",
                "10:30", "بجے");
    }

    @Test
    void keepsDatesWhole() {
        assertThat(texts("16/07/2024 کو")).containsExactly("16/07/2024", "کو");
        assertThat(texts("2024-07-16 کو")).containsExactly("2024-07-16", "کو");
        assertThat(texts("16 جولائی کو")).containsExactly("16", "جولائی", "کو");
    }

    @Test
    void keepsUrduDigitsWholeAndNormalizesThemToAscii() {
        List<Token> tokens = tokenizer.tokenize("سال ۲۰۲۴ میں ۲٫۵ فیصد اور ٢٠١٤ء");
        assertThat(tokens).extracting(Token::text).containsExactly("سال", "۲۰۲۴", "میں", "۲٫۵", "فیصد", "اور",
                "٢٠١٤ء");
        assertThat(tokens).extracting(Token::normalized).containsExactly("سال", "2024", "میں", "2.5", "فیصد", "اور",
                "2014ء");
    }

    @Test
    void splitsNumberFromFollowingUrduComma() {
        assertThat(texts("2500، 175۔")).containsExactly("2500", "،", "175", "۔");
        assertThat(texts("3.5.")).containsExactly("3.5", ".");
    }

    @Test
    void normalizesArabicCodePointsInTokensButKeepsTheTextAsWritten() {
        Token t = tokenizer.tokenize("پر كيا گيا").get(1);
        assertThat(t.text()).isEqualTo("كيا");
        assertThat(t.normalized()).isEqualTo("کیا");
    }

    @Test
    void keepsZeroWidthNonJoinerInsideAWord() {
        String s = "نو\u200Cآبادیاتی دور";
        List<Token> tokens = tokenizer.tokenize(s);
        assertThat(tokens).extracting(Token::text).containsExactly("نو\u200Cآبادیاتی", "دور");
        assertThat(tokens.get(0).normalized()).isEqualTo("نوآبادیاتی");
    }

    @Test
    void leavesBidiMarksAndJoinersAtWordEdgesOutOfTokens() {
        String s = "\u202Bبغداد\u200C\u202C \u200F(اے ایف پی)";
        List<Token> tokens = tokenizer.tokenize(s);
        assertThat(tokens).extracting(Token::text).containsExactly("بغداد", "(", "اے", "ایف", "پی", ")");
        assertThat(tokens.get(0).begin()).isEqualTo(1);
    }

    @Test
    void separatesOnNoBreakThinAndZeroWidthSpaces() {
        assertThat(texts("عراق\u00A0اور\u2009شام\u200Bمیں")).containsExactly("عراق", "اور", "شام", "میں");
    }

    @Test
    void keepsDiacriticsAndTatweelInsideTheWord() {
        List<Token> tokens = tokenizer.tokenize("مُحَمَّد پاکـــستان وسطیٰ");
        assertThat(tokens).extracting(Token::text).containsExactly("مُحَمَّد", "پاکـــستان", "وسطیٰ");
        assertThat(tokens).extracting(Token::normalized).containsExactly("محمد", "پاکستان", "وسطی");
    }

    @Test
    void keepsLatinWordsInitialismsAndHyphenatedWordsWhole() {
        assertThat(texts("U.S. اور U.N کے مطابق COVID-19 don't"))
                .containsExactly("U.S.", "اور", "U.N", "کے", "مطابق", "COVID-19", "don't");
        assertThat(texts("J. K. Rowling")).containsExactly("J", ".", "K", ".", "Rowling");
    }

    @Test
    void splitsLatinFromUrduLettersWrittenTogether() {
        assertThat(texts("AFPکے مطابق")).containsExactly("AFP", "کے", "مطابق");
        assertThat(texts("16ویں صدی")).containsExactly("16ویں", "صدی");
    }

    @Test
    void keepsUrlsAndEmailsWhole() {
        assertThat(texts("دیکھیں https://www.dawn.com/news/1234567/iraq-rockets، اور"))
                .containsExactly("دیکھیں", "https://www.dawn.com/news/1234567/iraq-rockets", "،", "اور");
        assertThat(texts("(www.bbc.com/urdu)۔")).containsExactly("(", "www.bbc.com/urdu", ")", "۔");
        assertThat(texts("رابطہ: news@afp.com.")).containsExactly("رابطہ", ":", "news@afp.com", ".");
        assertThat(texts("dawn.comپر")).containsExactly("dawn.com", "پر");
    }

    @Test
    void keepsUrduSpelledInitialismWithFullStopsWhole() {
        assertThat(texts("ایم۔کیو۔ایم نے کہا")).containsExactly("ایم۔کیو۔ایم", "نے", "کہا");
    }

    @Test
    void splitsFullStopWrittenWithoutAFollowingSpace() {
        assertThat(texts("بات کی ہے۔اس کے بعد")).containsExactly("بات", "کی", "ہے", "۔", "اس", "کے", "بعد");
    }

    @Test
    void keepsRunsOfTerminatorsAsOneToken() {
        assertThat(texts("واقعی؟؟ ہاں!!! اور...")).containsExactly("واقعی", "؟؟", "ہاں", "!!!", "اور", "...");
    }

    @Test
    void keepsEmojiSurrogatePairsWhole() {
        String s = "خبر \uD83D\uDC4D!";
        assertThat(texts(s)).containsExactly("خبر", "\uD83D\uDC4D", "!");
    }

    @Test
    void returnsNoTokensForBlankText() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(" \n\t\u200F\u00A0")).isEmpty();
    }
}
