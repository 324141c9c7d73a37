package khabar.core.lang;

import java.util.Locale;
import java.util.Set;

/** Counts of letters by script and the words of a text's opening, for {@link LanguageIdentifier}. */
record ScriptProfile(int letters, int arabic, int urduOnly, int latin, String[] words) {

    /** Letters only Urdu (not Arabic) uses: ٹ ڈ ڑ ں ے ۓ ہ ھ ۃ ی گ چ پ ژ ک. */
    private static final String URDU_ONLY = "ٹڈڑںےۓہھۃیگچپژک";

    static ScriptProfile of(String text, int maxChars) {
        int n = Math.min(text.length(), maxChars);
        int letters = 0;
        int arabic = 0;
        int urduOnly = 0;
        int latin = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFF) {
                arabic++;
                if (URDU_ONLY.indexOf(c) >= 0) {
                    urduOnly++;
                }
            } else if (c < 0x0250) {
                latin++;
            }
        }
        String[] words = text.substring(0, n).toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}،۔؟]+");
        return new ScriptProfile(letters, arabic, urduOnly, latin, words);
    }

    double arabicShare() {
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    double latinShare() {
        return letters == 0 ? 0 : (double) latin / letters;
    }

    double urduLetterShare() {
        return arabic == 0 ? 0 : (double) urduOnly / arabic;
    }

    /** Share of the words that are in {@code vocabulary}. */
    double share(Set<String> vocabulary) {
        int hits = 0;
        int total = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                total++;
                if (vocabulary.contains(w)) {
                    hits++;
                }
            }
        }
        return total == 0 ? 0 : (double) hits / total;
    }
}
