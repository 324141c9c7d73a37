package khabar.core.event.eval;

import java.util.List;
import java.util.Locale;

import khabar.core.event.CodedEvent;
import khabar.core.ner.TypeScore;

/**
 * Scores of the event coder on one gold set.
 *
 * @param language         ISO 639-1 code
 * @param sentences        gold sentences
 * @param emptySentences   gold sentences that report no event
 * @param goldEvents       gold events
 * @param predictedEvents  events the coder gave
 * @param sentenceDetection per sentence: does it report any event (tp = both say yes)
 * @param eventDetection   per event, code ignored: pairs of {@link EventMatcher} (root agreeing or not)
 * @param rootCodes        per event, the root must agree: the headline figure
 * @param fullCode         on root-agreeing pairs whose gold gives full codes: the full code agrees
 * @param actor1           on root-agreeing pairs: actor1 country and role both right
 * @param actor1Country    on root-agreeing pairs: actor1 country right
 * @param actor2           on root-agreeing pairs: actor2 country and role both right
 * @param actor2Country    on root-agreeing pairs: actor2 country right
 * @param place            on root-agreeing pairs: place right
 * @param falseEventsInEmptySentences events coded in sentences that report none
 */
public record EventEvalReport(String language, int sentences, int emptySentences, int goldEvents,
                              int predictedEvents, TypeScore sentenceDetection, TypeScore eventDetection,
                              TypeScore rootCodes, Accuracy fullCode, Accuracy actor1, Accuracy actor1Country,
                              Accuracy actor2, Accuracy actor2Country, Accuracy place,
                              int falseEventsInEmptySentences) {

    /** Scores the matches of a whole gold set. */
    public static EventEvalReport of(String language, List<EventMatcher.SentenceMatch> matches) {
        int empty = 0;
        int gold = 0;
        int predicted = 0;
        int falseInEmpty = 0;
        TypeScore sentence = TypeScore.ZERO;
        TypeScore detection = TypeScore.ZERO;
        TypeScore roots = TypeScore.ZERO;
        Accuracy code = Accuracy.ZERO;
        Accuracy a1 = Accuracy.ZERO;
        Accuracy a1c = Accuracy.ZERO;
        Accuracy a2 = Accuracy.ZERO;
        Accuracy a2c = Accuracy.ZERO;
        Accuracy place = Accuracy.ZERO;
        for (EventMatcher.SentenceMatch m : matches) {
            int g = m.sentence().events().size();
            int p = m.predicted().size();
            gold += g;
            predicted += p;
            if (g == 0) {
                empty++;
                falseInEmpty += p;
            }
            sentence = sentence.plus(new TypeScore(g > 0 && p > 0 ? 1 : 0, g == 0 && p > 0 ? 1 : 0, g > 0 && p == 0 ? 1 : 0));
            int pairs = m.pairs().size();
            int rootPairs = (int) m.rootPairs();
            detection = detection.plus(new TypeScore(pairs, p - pairs, g - pairs));
            roots = roots.plus(new TypeScore(rootPairs, p - rootPairs, g - rootPairs));
            for (EventMatcher.Pair pair : m.pairs()) {
                if (!pair.rootAgrees()) {
                    continue;
                }
                GoldEvent ge = pair.gold();
                CodedEvent e = pair.predicted();
                if (ge.hasFullCode()) {
                    code = code.plus(ge.allowsCode(e.eventCode()));
                }
                a1 = a1.plus(AttributeChecks.actor(ge.actor1(), e.actor1Country(), e.actor1Role()));
                a1c = a1c.plus(AttributeChecks.actorCountry(ge.actor1(), e.actor1Country()));
                a2 = a2.plus(AttributeChecks.actor(ge.actor2(), e.actor2Country(), e.actor2Role()));
                a2c = a2c.plus(AttributeChecks.actorCountry(ge.actor2(), e.actor2Country()));
                place = place.plus(AttributeChecks.place(ge.places(), e, language));
            }
        }
        return new EventEvalReport(language, matches.size(), empty, gold, predicted, sentence, detection, roots, code,
                a1, a1c, a2, a2c, place, falseInEmpty);
    }

    /** A fixed-width table: P/R/F1 rows, then accuracies on root-agreeing events. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "[%s] %d sentences (%d report no event), %d gold events, %d coded%n",
                language, sentences, emptySentences, goldEvents, predictedEvents));
        sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %5s %5s %5s%n", "", "P", "R", "F1", "tp", "fp", "fn"));
        score(sb, "sentence has event", sentenceDetection);
        score(sb, "event detected", eventDetection);
        score(sb, "event root code", rootCodes);
        sb.append(String.format(Locale.ROOT, "%-22s %6s %6s%n", "on root-agreeing pairs", "acc", "n"));
        accuracy(sb, "full code", fullCode);
        accuracy(sb, "actor1 country+role", actor1);
        accuracy(sb, "actor1 country", actor1Country);
        accuracy(sb, "actor2 country+role", actor2);
        accuracy(sb, "actor2 country", actor2Country);
        accuracy(sb, "place", place);
        sb.append(String.format(Locale.ROOT, "false events in the %d no-event sentences: %d%n", emptySentences,
                falseEventsInEmptySentences));
        return sb.toString();
    }

    private static void score(StringBuilder sb, String name, TypeScore s) {
        sb.append(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(),
                s.f1(), s.tp(), s.fp(), s.fn()));
    }

    private static void accuracy(StringBuilder sb, String name, Accuracy a) {
        sb.append(String.format(Locale.ROOT, "%-22s %6.3f %6d%n", name, a.value(), a.total()));
    }

    /** One JSON line with every figure. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"language\":\"%s\",\"sentences\":%d,\"no_event_sentences\":%d,"
                        + "\"gold_events\":%d,\"coded_events\":%d,\"sentence_detection\":%s,\"event_detection\":%s,"
                        + "\"root_code\":%s,\"full_code_acc\":%s,\"actor1_acc\":%s,\"actor1_country_acc\":%s,"
                        + "\"actor2_acc\":%s,\"actor2_country_acc\":%s,\"place_acc\":%s,"
                        + "\"false_events_in_no_event_sentences\":%d}",
                language, sentences, emptySentences, goldEvents, predictedEvents, json(sentenceDetection),
                json(eventDetection), json(rootCodes), json(fullCode), json(actor1), json(actor1Country), json(actor2),
                json(actor2Country), json(place), falseEventsInEmptySentences);
    }

    private static String json(TypeScore s) {
        return String.format(Locale.ROOT, "{\"p\":%.4f,\"r\":%.4f,\"f1\":%.4f,\"tp\":%d,\"fp\":%d,\"fn\":%d}",
                s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
    }

    private static String json(Accuracy a) {
        return String.format(Locale.ROOT, "{\"acc\":%.4f,\"n\":%d}", a.value(), a.total());
    }
}
