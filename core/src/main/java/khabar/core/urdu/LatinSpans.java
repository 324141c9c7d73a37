package khabar.core.urdu;

/**
 * Finds URLs, e-mail addresses and bare domain names that start at a given offset, so that the tokenizer keeps
 * them whole. They end at whitespace or at the first non-ASCII char (Urdu often follows without a space:
 * {@code dawn.comپر}); trailing sentence punctuation is not part of them.
 */
final class LatinSpans {
    private static final int MAX_SCHEME = 10;
    private static final int MAX_TLD = 24;

    private LatinSpans() {
    }

    /**
     * End offset of the URL, e-mail address or domain name starting at {@code start}, or -1 when there is none.
     * Only called where an ASCII letter or digit starts a token.
     */
    static int end(String text, int start) {
        int n = text.length();
        int run = start;
        boolean special = false;
        while (run < n) {
            char c = text.charAt(run);
            if (!isUrlChar(c)) {
                break;
            }
            special |= c == '.' || c == ':' || c == '@' || c == '/';
            run++;
        }
        if (!special) {
            return -1;
        }
        if (hasScheme(text, start, run) || startsWithWww(text, start, run)) {
            return trimTail(text, start, run);
        }
        int email = emailEnd(text, start, run);
        if (email > 0) {
            return email;
        }
        int domain = domainEnd(text, start, run, 2);
        if (domain > 0 && domain < run && text.charAt(domain) == '/') {
            return trimTail(text, start, run);
        }
        return domain;
    }

    private static boolean isUrlChar(char c) {
        return c > 0x20 && c < 0x7F && c != '"' && c != '\'' && c != '<' && c != '>' && c != '`' && c != '{'
                && c != '}' && c != '|' && c != '\\' && c != '^' && c != '[' && c != ']';
    }

    private static boolean hasScheme(String text, int start, int run) {
        int i = start;
        while (i < run && i - start <= MAX_SCHEME && CharClass.isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i - start < 2 || i >= run || text.charAt(i) != ':') {
            return false;
        }
        if (text.regionMatches(true, start, "mailto", 0, 6) && i - start == 6) {
            return i + 1 < run;
        }
        return i + 3 < run && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/';
    }

    private static boolean startsWithWww(String text, int start, int run) {
        return run - start > 4 && text.regionMatches(true, start, "www.", 0, 4);
    }

    /** Drops trailing punctuation, and a closing parenthesis that has no opening one in the URL. */
    private static int trimTail(String text, int start, int run) {
        int end = run;
        while (end > start + 1) {
            char c = text.charAt(end - 1);
            if (".,;:!?".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static int count(String text, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    private static int emailEnd(String text, int start, int run) {
        int at = start;
        while (at < run && isLocalPartChar(text.charAt(at))) {
            at++;
        }
        if (at == start || at >= run || text.charAt(at) != '@') {
            return -1;
        }
        int end = domainEnd(text, at + 1, run, 1);
        return end > 0 ? end : -1;
    }

    private static boolean isLocalPartChar(char c) {
        return CharClass.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /**
     * End of a domain name {@code label(.label)+} whose last label is 2-24 lowercase letters and whose first label
     * starts with a letter or digit and is at least {@code minFirstLabel} chars long; -1 otherwise (so U.S, e.g,
     * 3.5 are no domains).
     */
    private static int domainEnd(String text, int start, int run, int minFirstLabel) {
        int i = start;
        int labels = 0;
        int firstLabel = -1;
        int lastLabelStart = start;
        int end = -1;
        while (i < run) {
            int labelStart = i;
            while (i < run && (CharClass.isAsciiAlnum(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == labelStart) {
                break;
            }
            labels++;
            if (firstLabel < 0) {
                firstLabel = i - labelStart;
            }
            lastLabelStart = labelStart;
            end = i;
            if (i + 1 < run && text.charAt(i) == '.' && CharClass.isAsciiAlnum(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (labels < 2 || firstLabel < minFirstLabel || !CharClass.isAsciiAlnum(text.charAt(start))) {
            return -1;
        }
        int tld = end - lastLabelStart;
        if (tld < 2 || tld > MAX_TLD) {
            return -1;
        }
        for (int k = lastLabelStart; k < end; k++) {
            char c = text.charAt(k);
            if (c < 'a' || c > 'z') {
                return -1;
            }
        }
        return end;
    }
}
