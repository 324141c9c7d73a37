package khabar.core.urdu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

/**
 * Splits Urdu text into sentences, on the tokens of {@link UrduTokenizer}.
 *
 * <p>A sentence ends:
 * <ul>
 *   <li>after a terminator token: {@code ۔ ؟ ? !} (or a run of them), and {@code .} unless it follows a Latin
 *       initial (J.) or title (Mr. Dr. Gen.) with no space, or a letter or digit follows it with no space;
 *       further terminators and closing quotes and brackets ({@code ” ’ » " ' ) ]}) written right after it
 *       stay with the sentence (a quote only where whitespace, the end or another closer follows it);</li>
 *   <li>except for a list number: {@code 1.} or {@code 1۔} that opens a sentence does not end it;</li>
 *   <li>at a paragraph break: any newline with {@link ParagraphBreak#NEWLINE}, an empty line with
 *       {@link ParagraphBreak#BLANK_LINE} (for hard-wrapped text);</li>
 *   <li>at {@link Options#maxTokens()} tokens (a runaway "sentence" must not stall NER): after the last comma
 *       or semicolon in its second half, else right there.</li>
 * </ul>
 * Numbers (3.5) and initialisms (U.S., ایم۔کیو۔ایم) are single tokens already, so their dots never end a
 * sentence. Immutable and thread-safe.
 */
public final class UrduSentenceSplitter {
    /** Which line breaks end a sentence. */
    public enum ParagraphBreak {
        /** Every line break: text where one line is one paragraph (web and wire Urdu). */
        NEWLINE,
        /** Only an empty line: hard-wrapped text. */
        BLANK_LINE
    }

    /**
     * Splitter settings.
     *
     * @param paragraphBreak which line breaks end a sentence
     * @param maxTokens      longest sentence, in tokens (at least 2); longer ones are cut
     */
    public record Options(ParagraphBreak paragraphBreak, int maxTokens) {
        /** Every newline ends a sentence; at most 256 tokens. */
        public static final Options DEFAULTS = new Options(ParagraphBreak.NEWLINE, 256);

        public Options {
            if (paragraphBreak == null) {
                throw new IllegalArgumentException("paragraphBreak is required (NEWLINE or BLANK_LINE)");
            }
            if (maxTokens < 2) {
                throw new IllegalArgumentException("maxTokens must be at least 2, got " + maxTokens);
            }
        }
    }

    /** Latin titles and abbreviations that are followed by a name or number, not by the end of a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col",
            "lt", "capt", "sgt", "maj", "gov", "sen", "rep", "rev", "hon", "mt", "ft", "vs", "no", "nos", "vol",
            "fig", "pp", "approx", "brig", "adm", "cmdr", "supt", "insp");
    private static final String TERMINATORS = "۔؟?!";
    private static final String BRACKET_CLOSERS = ")]}";
    private static final String QUOTES = "\"'”’»›“‘«";
    private static final String COMMAS = "،,؛;";

    private final UrduTokenizer tokenizer;
    private final Options options;

    /** Creates a splitter with its own {@link UrduTokenizer}. */
    public UrduSentenceSplitter(Options options) {
        this.options = options == null ? Options.DEFAULTS : options;
        this.tokenizer = new UrduTokenizer();
    }

    /** A splitter with {@link Options#DEFAULTS}. */
    public static UrduSentenceSplitter standard() {
        return new UrduSentenceSplitter(Options.DEFAULTS);
    }

    /** The tokenizer this splitter uses. */
    public UrduTokenizer tokenizer() {
        return tokenizer;
    }

    /** Tokenizes {@code text} and splits it into sentences; offsets are UTF-16 offsets into {@code text}. */
    public List<Sentence> split(String text) {
        return split(text, tokenizer.tokenize(text));
    }

    /**
     * Splits already tokenized text into sentences.
     *
     * @param text   the text the tokens come from
     * @param tokens its tokens, in order, with offsets into {@code text}
     * @return sentences indexed 0..n-1, each with at least one token; empty when there are no tokens
     */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (i > start && isParagraphBreak(text, tokens.get(i - 1).end(), tokens.get(i).begin())) {
                add(out, tokens, start, i);
                start = i;
            }
            int next = i + 1;
            if (endsSentence(text, tokens, start, i)) {
                next = Math.min(absorbClosers(text, tokens, i + 1), start + options.maxTokens());
                add(out, tokens, start, next);
                start = next;
            } else if (i + 1 - start >= options.maxTokens()) {
                next = cutPoint(tokens, start, i + 1);
                add(out, tokens, start, next);
                start = next;
            }
            i = next;
        }
        if (start < n) {
            add(out, tokens, start, n);
        }
        return out;
    }

    private static void add(List<Sentence> out, List<Token> tokens, int from, int to) {
        List<Token> sentence = tokens.subList(from, to);
        out.add(new Sentence(out.size(), sentence.get(0).begin(), sentence.get(sentence.size() - 1).end(),
                sentence));
    }

    private boolean isParagraphBreak(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= to || text.charAt(k + 1) != '\n')) || c == '\u2028') {
                newlines++;
            } else if (c == '\u2029') {
                newlines += 2;
            }
        }
        return options.paragraphBreak() == ParagraphBreak.NEWLINE ? newlines > 0 : newlines > 1;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int start, int i) {
        Token t = tokens.get(i);
        char c = t.text().charAt(0);
        boolean dot = c == '.' && t.text().length() == 1;
        if (TERMINATORS.indexOf(c) < 0 && !dot) {
            return false;
        }
        if (i == start + 1 && (c == '.' || c == '۔') && isListNumber(tokens.get(start), t)) {
            return false;
        }
        if (!dot) {
            return true;
        }
        if (i > start) {
            Token prev = tokens.get(i - 1);
            if (prev.end() == t.begin() && isInitialOrTitle(prev.text())) {
                return false;
            }
        }
        if (t.end() < text.length() && i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end()) {
            char after = text.charAt(t.end());
            byte k = CharClass.of(after);
            return !(k == CharClass.LETTER || k == CharClass.DIGIT);
        }
        return true;
    }

    private static boolean isListNumber(Token first, Token terminator) {
        String s = first.text();
        if (first.end() != terminator.begin() || s.length() > 3) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (CharClass.of(s.charAt(k)) != CharClass.DIGIT) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitialOrTitle(String word) {
        if (word.length() == 1) {
            return CharClass.of(word.charAt(0)) == CharClass.LETTER;
        }
        return word.length() <= 6 && CharClass.isAsciiLetter(word.charAt(0))
                && ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Index after the terminators and closing quotes/brackets written right after token {@code from - 1}. */
    private static int absorbClosers(String text, List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && tokens.get(j).begin() == tokens.get(j - 1).end()) {
            String s = tokens.get(j).text();
            char c = s.charAt(0);
            boolean take;
            if (s.length() > 1 && c != '.') {
                take = TERMINATORS.indexOf(c) >= 0;
            } else if (TERMINATORS.indexOf(c) >= 0 || c == '.' || BRACKET_CLOSERS.indexOf(c) >= 0) {
                take = true;
            } else {
                take = QUOTES.indexOf(c) >= 0 && quoteCloses(text, tokens, j);
            }
            if (!take) {
                break;
            }
            j++;
        }
        return j;
    }

    /** A quote after a terminator closes the sentence when whitespace, the end or another closer follows it. */
    private static boolean quoteCloses(String text, List<Token> tokens, int j) {
        int end = tokens.get(j).end();
        if (end >= text.length() || j + 1 >= tokens.size() || tokens.get(j + 1).begin() > end) {
            return true;
        }
        char next = text.charAt(end);
        return QUOTES.indexOf(next) >= 0 || BRACKET_CLOSERS.indexOf(next) >= 0 || TERMINATORS.indexOf(next) >= 0;
    }

    /** Where to cut a sentence that reached the token limit: after its last comma in the second half. */
    private static int cutPoint(List<Token> tokens, int start, int limit) {
        int half = start + (limit - start) / 2;
        for (int k = limit - 1; k > half; k--) {
            if (COMMAS.indexOf(tokens.get(k).text().charAt(0)) >= 0) {
                return k + 1;
            }
        }
        return limit;
    }
}
