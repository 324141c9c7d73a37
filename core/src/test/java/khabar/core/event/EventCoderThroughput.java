package khabar.core.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the event coder alone, on one thread: sentences are split, tokenized and linked first (not
 * timed), then coded {@code passes} times. Prints sentences, tokens and events per second.
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) khabar.core.event.EventCoderThroughput \
 *     ../shared/data/il-ner-urdu/Urdu-train.txt [passes]
 * </pre>
 * Without a file it codes the seed (and, for English, the sentences of the English tests), repeated.
 * Not a test: no timing assertions anywhere.
 */
public final class EventCoderThroughput {
    private EventCoderThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<EventInput> urdu = args.length > 0 ? ilNer(Path.of(args[0])) : repeat(EventInputs.urdu(
                khabar.core.Fixtures.text("seed-ur.txt")), 100);
        List<EventInput> english = repeat(EventInputs.english(String.join(" ", ENGLISH)), 200);
        run("ur", urdu, passes);
        run("en", english, passes);
    }

    private static void run(String language, List<EventInput> inputs, int passes) {
        EventCoder coder = EventCoder.forLanguage(language);
        long sentences = inputs.stream().mapToLong(i -> i.sentences().size()).sum();
        long tokens = inputs.stream().flatMap(i -> i.sentences().stream()).mapToLong(s -> s.tokens().size()).sum();
        long events = 0;
        for (EventInput in : inputs) {
            events += coder.code(in).size();
        }
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (EventInput in : inputs) {
                coder.code(in);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d sentences, %d tokens, %d events per pass; %d passes in %.2f s on one thread:"
                        + " %.0f sentences/s, %.0f tokens/s, %.0f events/s%n", language, sentences, tokens, events,
                passes, seconds, sentences * passes / seconds, tokens * passes / seconds, events * passes / seconds);
    }

    /** IL-NER's token-per-line file as inputs of 20 sentences each (compounds joined by _ are split). */
    static List<EventInput> ilNer(Path file) throws IOException {
        List<EventInput> out = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        int inSection = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                if (sentence.length() > 0) {
                    section.append(sentence.toString().strip()).append('\n');
                    sentence.setLength(0);
                    if (++inSection == 20) {
                        out.add(EventInputs.urdu(section.toString()));
                        section.setLength(0);
                        inSection = 0;
                    }
                }
                continue;
            }
            sentence.append(line.split("\t")[0].replace('_', ' ')).append(' ');
        }
        if (sentence.length() > 0) {
            section.append(sentence).append('\n');
        }
        if (section.length() > 0) {
            out.add(EventInputs.urdu(section.toString()));
        }
        return out;
    }

    private static List<EventInput> repeat(EventInput in, int times) {
        List<EventInput> out = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            out.add(in);
        }
        return out;
    }

    private static final List<String> ENGLISH = List.of(
            "Iraqi police arrested three men in Basra on Tuesday.", "The two ministers met in Islamabad.",
            "Rockets were fired at bases hosting US troops in Iraq and Syria on Thursday.",
            "US troops were attacked in Syria by Iran-backed militias.",
            "Pakistani officials condemned the attack on Friday.",
            "Israeli air strikes killed 20 people in Gaza yesterday.",
            "Three American soldiers were killed in a drone attack on a base in Jordan in January.",
            "Iran demanded the withdrawal of US forces.", "The militants did not attack the convoy.",
            "Hamas and Israel signed a ceasefire agreement in Cairo last week.",
            "Thousands of protesters rallied in Karachi on Sunday.",
            "The Pentagon said the delegations agreed on a new phase of security cooperation.",
            "President Biden will meet Iraqi Prime Minister Sudani on Monday.",
            "The coalition was deployed in Iraq in 2014 at the request of the government.",
            "Turkey threatened to invade northern Syria.", "Gunmen kidnapped two journalists near Kabul.",
            "The weather in Lahore was hot and humid for most of the week, residents said.",
            "Shares in Karachi closed higher as investors bought banking stocks.");
}
