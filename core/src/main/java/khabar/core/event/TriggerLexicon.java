package khabar.core.event;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The trigger words and phrases of one language ({@code triggers-<lang>.tsv}: pattern, CAMEO code,
 * flags), each expanded by {@link PatternSyntax} and indexed in a {@link PhraseMatcher}. A data error
 * (unknown code or flag, one phrase with two codes) fails the load with the file and line.
 */
final class TriggerLexicon {
    private final PhraseMatcher<Trigger> matcher;
    private final int version;
    private final Set<String> roots;

    private TriggerLexicon(PhraseMatcher<Trigger> matcher, int version, Set<String> roots) {
        this.matcher = matcher;
        this.version = version;
        this.roots = roots;
    }

    static TriggerLexicon load(String resource, CameoCodebook codebook, boolean inflect, UnaryOperator<String> key) {
        LexiconFile file = LexiconFile.read(resource);
        PhraseMatcher.Builder<Trigger> b = new PhraseMatcher.Builder<>((first, second) -> {
            if (first.code() != second.code()) {
                throw new IllegalStateException(resource + ": the same phrase has two codes: '" + first.pattern()
                        + "' and '" + second.pattern() + "'");
            }
            return first;
        });
        Set<String> roots = new TreeSet<>();
        for (LexiconFile.Row row : file.rows()) {
            Trigger t = trigger(row, codebook);
            if (t.code() != null) {
                roots.add(t.code().root());
            }
            try {
                for (List<String> tokens : PatternSyntax.expand(t.pattern(), inflect, key)) {
                    b.add(tokens, t);
                }
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
        }
        return new TriggerLexicon(b.build(), file.version(), Set.copyOf(roots));
    }

    private static Trigger trigger(LexiconFile.Row row, CameoCodebook codebook) {
        String pattern = row.column(0);
        String code = row.column(1);
        CameoCode cameo = null;
        if (!code.equals("-")) {
            cameo = codebook.get(code);
            if (cameo == null) {
                throw row.problem("CAMEO code " + code + " is not in the codebook");
            }
        }
        boolean verb = false;
        boolean noun = false;
        boolean report = false;
        boolean weak = false;
        boolean patient = false;
        for (String flag : row.column(2).split(",")) {
            switch (flag.strip()) {
                case "verb" -> verb = true;
                case "noun" -> noun = true;
                case "report" -> report = true;
                case "weak" -> weak = true;
                case "patient" -> patient = true;
                default -> throw row.problem("unknown flag '" + flag + "' (verb, noun, report, weak, patient)");
            }
        }
        if (verb == noun) {
            throw row.problem("give exactly one of the flags verb, noun");
        }
        return new Trigger(pattern, cameo, verb, report, weak, patient);
    }

    PhraseMatcher<Trigger> matcher() {
        return matcher;
    }

    /** The {@code # version: N} of the file. */
    int version() {
        return version;
    }

    /** The CAMEO root codes some trigger of this lexicon codes to. */
    Set<String> roots() {
        return roots;
    }
}
