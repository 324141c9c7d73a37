package khabar.core.event;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the events coded in a text file (default: the seed). Test-scope tool for eyeballing. */
public final class SeedEventsPrinter {
    private SeedEventsPrinter() {
    }

    public static void main(String[] args) throws Exception {
        String lang = args.length > 1 ? args[1] : "ur";
        String text = args.length > 0 ? Files.readString(Path.of(args[0])) : khabar.core.Fixtures.text("seed-ur.txt");
        EventInput in = lang.equals("ur") ? EventInputs.urdu(text) : EventInputs.english(text);
        for (CodedEvent e : EventCoder.forLanguage(lang).code(in)) {
            System.out.printf("s%d %s %s [%s] a1=%s/%s/%s a2=%s/%s/%s at=%s/%s date=%s %s (%s) c=%.2f%n",
                    e.sentenceIndex(), e.eventCode(), e.eventLabel(), e.trigger(), e.actor1Text(), e.actor1Country(),
                    e.actor1Role(), e.actor2Text(), e.actor2Country(), e.actor2Role(), e.locationText(),
                    e.locationCountry(), e.eventDate(), e.datePrecision(), e.eventDateText(), e.confidence());
        }
    }
}
