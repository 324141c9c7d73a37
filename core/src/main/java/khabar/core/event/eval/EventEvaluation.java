package khabar.core.event.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import khabar.core.event.CodedEvent;
import khabar.core.event.EventCoder;
import khabar.core.event.EventInput;
import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.text.Analysis;
import khabar.core.text.TextAnalyzer;

/**
 * Runs the real pipeline on each gold sentence (the language's analyzer from {@link Analyzers}, linker
 * included, then {@link EventCoder}) and scores the events against the gold ({@link EventMatcher},
 * {@link EventEvalReport}). Every sentence is its own section, published on {@link #PUBLISHED}, with no
 * dateline, so places come from the sentence only.
 *
 * <pre>
 * java -cp … khabar.core.event.eval.EventEvaluation [--errors] core/src/test/resources/events/gold-ur.tsv …
 * </pre>
 * The language is taken from the file name ({@code gold-<lang>.tsv}, {@code gold-<lang>-heldout.tsv}). Prints a table per file and one JSON
 * line per file; {@code --errors} also lists every sentence where the coder and the gold differ.
 */
public final class EventEvaluation {
    /** The publication date given to every gold sentence (a Friday; dates are not scored). */
    public static final LocalDate PUBLISHED = LocalDate.of(2024, 7, 26);

    private EventEvaluation() {
    }

    /** Analyses and codes each sentence, then matches it to its gold. */
    public static List<EventMatcher.SentenceMatch> match(String language, List<GoldEventSentence> gold) {
        TextAnalyzer analyzer = Analyzers.forLanguage(language, NlpSettings.defaults());
        EventCoder coder = EventCoder.forLanguage(language);
        List<EventMatcher.SentenceMatch> out = new ArrayList<>(gold.size());
        for (GoldEventSentence s : gold) {
            Analysis a = analyzer.analyze(s.text());
            List<CodedEvent> events = coder.code(new EventInput(language, s.text(), a.sentences(), a.mentions(),
                    PUBLISHED, null, null, null));
            out.add(EventMatcher.match(s, events));
        }
        return out;
    }

    /** Scores one gold set. */
    public static EventEvalReport evaluate(String language, List<GoldEventSentence> gold) {
        return EventEvalReport.of(language, match(language, gold));
    }

    /** The language of a gold file named {@code gold-<lang>.tsv} or {@code gold-<lang>-<name>.tsv}. */
    static String languageOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.matches("gold-[a-z]{2}(-[a-z0-9]+)?\\.tsv")) {
            throw new IllegalArgumentException(file + ": a gold file is named gold-<lang>.tsv or gold-<lang>-<name>.tsv");
        }
        return name.substring(5, 7);
    }

    public static void main(String[] args) {
        boolean errors = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--errors")) {
                errors = true;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            files = List.of(Path.of("core/src/test/resources/events/gold-ur.tsv"),
                    Path.of("core/src/test/resources/events/gold-en.tsv"));
        }
        List<String> json = new ArrayList<>();
        for (Path f : files) {
            String lang = languageOf(f);
            List<EventMatcher.SentenceMatch> matches = match(lang, EventGoldReader.read(f));
            if (errors) {
                printErrors(System.out, lang, matches);
            }
            EventEvalReport r = EventEvalReport.of(lang, matches);
            System.out.print(r.toTable());
            System.out.println();
            json.add(r.toJson());
        }
        json.forEach(System.out::println);
    }

    /** Lists every sentence where the coder and the gold differ (root, actor or place). */
    static void printErrors(PrintStream out, String language, List<EventMatcher.SentenceMatch> matches) {
        for (EventMatcher.SentenceMatch m : matches) {
            List<String> lines = new ArrayList<>();
            for (EventMatcher.Pair p : m.pairs()) {
                CodedEvent e = p.predicted();
                GoldEvent g = p.gold();
                boolean a1 = AttributeChecks.actor(g.actor1(), e.actor1Country(), e.actor1Role());
                boolean a2 = AttributeChecks.actor(g.actor2(), e.actor2Country(), e.actor2Role());
                boolean pl = AttributeChecks.place(g.places(), e, language);
                if (!p.rootAgrees() || !a1 || !a2 || !pl) {
                    lines.add(String.format(Locale.ROOT, "  %s gold %s %s %s @%s | coded %s [%s] %s/%s %s/%s @%s",
                            p.rootAgrees() ? "attr" : "ROOT", g.codes(), g.actor1(), g.actor2(), g.places(),
                            e.eventCode(), e.trigger(), e.actor1Country(), e.actor1Role(), e.actor2Country(),
                            e.actor2Role(), e.locationText()));
                }
            }
            for (GoldEvent g : m.missed()) {
                lines.add(String.format(Locale.ROOT, "  MISS gold %s %s %s @%s", g.codes(), g.actor1(), g.actor2(),
                        g.places()));
            }
            for (CodedEvent e : m.spurious()) {
                lines.add(String.format(Locale.ROOT, "  FALSE coded %s [%s] %s/%s %s/%s @%s", e.eventCode(), e.trigger(),
                        e.actor1Country(), e.actor1Role(), e.actor2Country(), e.actor2Role(), e.locationText()));
            }
            if (!lines.isEmpty()) {
                out.println(m.sentence().id() + " " + m.sentence().text());
                lines.forEach(out::println);
            }
        }
    }
}
