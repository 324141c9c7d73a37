package khabar.core.quote;

/**
 * A language's attribution rules: they add the quotations of a section to it ({@link SectionText#add}). The scan is
 * the same for every language: at each token outside a quoted span, a reporting verb ({@link QuoteLexicon#SAY}) is
 * tried first, then an "according to" cue ({@link QuoteLexicon#ACCORDING}); the language says what each cue means.
 */
interface QuoteRules {
    /** Adds the quotations of every sentence of the section. */
    default void extract(SectionText t) {
        for (int s = 0; s < t.sentences.size(); s++) {
            String[] k = t.keys(s);
            for (int i = 0; i < k.length; i++) {
                if (t.quotedToken(s, i)) {
                    continue;
                }
                int n = t.lexicon.match(QuoteLexicon.SAY, k, i);
                if (n > 0 && say(t, s, i, i + n)) {
                    i += n - 1;
                    continue;
                }
                n = t.lexicon.match(QuoteLexicon.ACCORDING, k, i);
                if (n > 0 && according(t, s, i, i + n)) {
                    i += n - 1;
                }
            }
        }
    }

    /** The reporting verb at tokens {@code vb..ve} of sentence {@code s}: true when a quotation was added. */
    boolean say(SectionText t, int s, int vb, int ve);

    /** The "according to" cue at tokens {@code cb..ce} of sentence {@code s}: true when a quotation was added. */
    boolean according(SectionText t, int s, int cb, int ce);
}
