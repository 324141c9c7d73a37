package khabar.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import khabar.core.link.EntityLinker;
import khabar.core.link.LinkSubtype;
import khabar.core.link.LinkedSpan;
import khabar.core.text.EntityType;
import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduSentenceSplitter;

/**
 * Builds coder inputs from raw text the way the pipeline does, minus the NER models: Urdu sentences
 * and tokens from {@link UrduSentenceSplitter}, English from a small word/punctuation tokenizer, and
 * mentions from {@link EntityLinker#findAll} (places as LOCATION, nationality adjectives as MISC with
 * subtype NATIONALITY, as {@code LinkingAnalyzer} adds them).
 */
final class EventInputs {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 26); // a Friday

    private EventInputs() {
    }

    static EventInput urdu(String text) {
        return urdu(text, PUBLISHED);
    }

    static EventInput urdu(String text, LocalDate published) {
        List<Sentence> sentences = UrduSentenceSplitter.standard().split(text);
        return new EventInput("ur", text, sentences, link(text, sentences, "ur"), published, null, null, null);
    }

    static EventInput english(String text) {
        return english(text, PUBLISHED);
    }

    static EventInput english(String text, LocalDate published) {
        List<Sentence> sentences = englishSentences(text);
        return new EventInput("en", text, sentences, link(text, sentences, "en"), published, null, null, null);
    }

    /** Mentions from the linker's scan of each sentence. */
    static List<Mention> link(String text, List<Sentence> sentences, String language) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (LinkedSpan span : EntityLinker.shared().findAll(s.tokens(), language)) {
                Token first = s.tokens().get(span.tokenBegin());
                Token last = s.tokens().get(span.tokenEnd() - 1);
                Link link = span.link();
                boolean nationality = LinkSubtype.NATIONALITY.name().equals(link.subtype());
                out.add(new Mention(s.index(), span.tokenBegin(), span.tokenEnd(), first.begin(), last.end(),
                        text.substring(first.begin(), last.end()), span.normalized(),
                        nationality ? EntityType.MISC : EntityType.LOCATION, 0.7, "linker", link));
            }
        }
        return out;
    }

    /** Words (letters, digits, inner hyphens, dots of initialisms, 's) and single punctuation marks; sentences end at . ! ? */
    static List<Sentence> englishSentences(String text) {
        List<Sentence> out = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j))
                        || "-.,".indexOf(text.charAt(j)) >= 0 && j + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(j + 1))
                        && (text.charAt(j) != ',' || Character.isDigit(text.charAt(j - 1))))) {
                    j++;
                }
            } else if ((c == '\'' || c == '’') && j < text.length() && text.charAt(j) == 's') {
                j++;
            }
            String t = text.substring(i, j);
            tokens.add(new Token(t, t, i, j));
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                out.add(new Sentence(out.size(), tokens.get(0).begin(), j, tokens));
                tokens = new ArrayList<>();
            }
            i = j;
        }
        if (!tokens.isEmpty()) {
            out.add(new Sentence(out.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return out;
    }
}
