package khabar.jobs.clusters;

import java.util.ArrayList;
import java.util.List;

import khabar.core.text.Token;
import khabar.core.urdu.UrduTokenizer;
import khabar.core.urdu.ner.UrduNerLabels;

/**
 * The words of a line as the Urdu CRF sees them: {@link UrduTokenizer} tokens in their
 * {@link UrduNerLabels#featureForm feature form}, the form CoreNLP looks up in the distsim lexicon at training
 * and tagging time. Lines that are not mostly Urdu give no words. Stateless and thread-safe.
 */
final class ClusterTokens {
    /**
     * Letters that Urdu writes and Arabic and Persian do not (ٹ ڈ ڑ ں ے ۓ): a long Arabic-script line without
     * any of them is Arabic or Persian, not Urdu.
     */
    private static final String URDU_ONLY = "\u0679\u0688\u0691\u06BA\u06D2\u06D3";
    /** Arabic-script letters from which a line must show an Urdu-only letter. */
    static final int LONG_LINE_LETTERS = 40;

    private final UrduTokenizer tokenizer = new UrduTokenizer();

    /** The feature forms of the line's tokens, or an empty list when the line is not mostly Urdu. */
    List<String> forms(String line) {
        if (!mostlyUrdu(line)) {
            return List.of();
        }
        List<String> forms = UrduNerLabels.featureForms(tokenizer.tokenize(line).stream().map(Token::text).toList());
        List<String> out = new ArrayList<>(forms.size());
        for (String f : forms) {
            // CoreNLP splits lexicon lines at \s+: a form with such a char could not be read back
            if (!hasLexiconSeparator(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * True when at least half of the line's letters are in the Arabic script and, for lines with
     * {@value #LONG_LINE_LETTERS} or more of them, at least one is a letter only Urdu uses.
     */
    static boolean mostlyUrdu(String line) {
        int arabic = 0;
        int other = 0;
        boolean urduOnly = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                arabic++;
                urduOnly |= URDU_ONLY.indexOf(cp) >= 0;
            } else {
                other++;
            }
        }
        return arabic > 0 && arabic >= other && (urduOnly || arabic < LONG_LINE_LETTERS);
    }

    private static boolean hasLexiconSeparator(String form) {
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
