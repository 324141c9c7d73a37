package khabar.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import khabar.core.lang.EventGrammar;
import khabar.core.lang.LanguageSupport;
import khabar.core.text.Token;

/**
 * Everything the coder knows of one language, loaded from {@code khabar/events/*-<lang>.tsv}: triggers,
 * actor nouns, function words, date words, and how tokens are keyed (Urdu: normalized; English: lower
 * case, as the language's {@link LanguageSupport#lexiconKey} says). Immutable.
 *
 * @param language     ISO 639-1 code
 * @param eventGrammar the language's word order and grammar words, from its registry entry
 */
record LanguagePack(String language, EventGrammar eventGrammar, TriggerLexicon triggers,
                    PhraseMatcher<String> roles, PhraseMatcher<Set<FunctionWord>> grammar, List<String> proxySuffixes,
                    PhraseMatcher<DateWord> dates) {

    /** The pack of a registry language whose entry has {@link LanguageSupport#events()}. */
    static LanguagePack load(LanguageSupport support, EventGrammar grammarFacts, CameoCodebook codebook) {
        String language = support.code();
        UnaryOperator<String> key = support::lexiconKey;
        TriggerLexicon triggers = TriggerLexicon.load("triggers-" + language + ".tsv", codebook,
                grammarFacts.inflectedTriggers(), key);

        PhraseMatcher.Builder<String> roles = new PhraseMatcher.Builder<>((a, b) -> a);
        for (LexiconFile.Row row : LexiconFile.read("roles-" + language + ".tsv").rows()) {
            String role = row.column(1);
            if (!role.equals("-") && !role.matches("[A-Z]{3}")) {
                throw row.problem("role must be three capital letters or -: " + role);
            }
            expand(row, 0, key).forEach(t -> roles.add(t, role));
        }

        PhraseMatcher.Builder<Set<FunctionWord>> grammar = new PhraseMatcher.Builder<>((a, b) -> {
            EnumSet<FunctionWord> u = EnumSet.copyOf(a);
            u.addAll(b);
            return java.util.Collections.unmodifiableSet(u); // enum sets: contains() is a bit test
        });
        List<String> suffixes = new ArrayList<>();
        for (LexiconFile.Row row : LexiconFile.read("grammar-" + language + ".tsv").rows()) {
            FunctionWord category;
            try {
                category = FunctionWord.parse(row.column(0));
            } catch (IllegalArgumentException e) {
                throw row.problem("unknown category " + row.column(0));
            }
            for (List<String> tokens : expand(row, 1, key)) {
                if (category == FunctionWord.PROXY && tokens.size() == 1 && tokens.get(0).startsWith("-")) {
                    suffixes.add(tokens.get(0));
                } else {
                    grammar.add(tokens, java.util.Collections.unmodifiableSet(EnumSet.of(category)));
                }
            }
        }

        PhraseMatcher.Builder<DateWord> dates = new PhraseMatcher.Builder<>((a, b) -> a);
        for (LexiconFile.Row row : LexiconFile.read("dates-" + language + ".tsv").rows()) {
            DateWord word;
            try {
                word = new DateWord(DateWord.Kind.valueOf(row.column(1)), Integer.parseInt(row.column(2)));
            } catch (IllegalArgumentException e) {
                throw row.problem("bad date word kind or value: " + e.getMessage());
            }
            expand(row, 0, key).forEach(t -> dates.add(t, word));
        }
        return new LanguagePack(language, grammarFacts, triggers, roles.build(), grammar.build(),
                List.copyOf(suffixes), dates.build());
    }

    private static List<List<String>> expand(LexiconFile.Row row, int column, UnaryOperator<String> key) {
        try {
            List<List<String>> out = PatternSyntax.expand(row.column(column), false, key);
            for (List<String> t : out) {
                if (t.contains(PatternSyntax.GAP)) {
                    throw row.problem("gaps are only allowed in trigger patterns");
                }
            }
            return out;
        } catch (IllegalArgumentException e) {
            throw row.problem(e.getMessage());
        }
    }

    /** True when case markers follow their noun phrase (Urdu), false when prepositions precede it (English). */
    boolean postpositional() {
        return eventGrammar.postpositional();
    }

    /** True when weekday and month names must be capitalized (English "may"). */
    boolean caseSensitiveNames() {
        return eventGrammar.caseSensitiveNames();
    }

    /** The key of one token: its normalized form (Urdu tokens already carry it), lower-cased for English. */
    String key(Token t) {
        String n = t.normalized() == null ? t.text() : t.normalized();
        return postpositional() ? n : n.toLowerCase(Locale.ROOT);
    }
}
