package khabar.jobs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import khabar.core.urdu.ner.UrduGazetteers;
import khabar.core.urdu.ner.UrduPersonNameInduction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khabar induce-names}: person names read off unlabeled Urdu news by how news introduces people
 * (a title, then the name, then a postposition), written as the {@code induced/} name lists the Urdu NER
 * loads (docs/urdu-ner.md).
 */
@Command(name = "induce-names", mixinStandardHelpOptions = true,
        description = "Read unlabeled Urdu news (*.txt, one article or paragraph a line) and write the person "
                + "names found after titles (person-names.txt: multiword names made of name words) and the words "
                + "of those names that are mostly names (person-words.txt).")
final class InduceNamesCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of *.txt files, read recursively")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for person-names.txt and person-words.txt")
    Path out;

    @Option(names = "--min-count", defaultValue = "3", paramLabel = "N",
            description = "keep names seen after a title in at least N sentences; default ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--min-share", defaultValue = "0.3", paramLabel = "S",
            description = "keep a name word only if at least this share of its corpus occurrences are inside kept "
                    + "names; default ${DEFAULT-VALUE}")
    double minShare;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("--input " + input + " is not a folder");
        }
        UrduPersonNameInduction induction = new UrduPersonNameInduction(UrduGazetteers.withoutInduced());
        long start = System.nanoTime();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        induction.add(line);
                    }
                }
            }
        }
        Files.createDirectories(out);
        List<Map.Entry<String, Integer>> names = induction.names(minCount);
        List<String> words = induction.personWords(minCount, minShare);
        String header = String.format("# induced by bin/khabar induce-names --input %s --min-count %d --min-share %s "
                + "from %,d lines, %,d tokens (see SOURCE.md)", input.getFileName(), minCount, minShare,
                induction.sentences(), induction.tokens());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("person-names.txt"), StandardCharsets.UTF_8))) {
            w.println(header);
            induction.fullNames(minCount, minShare).forEach(w::println);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("person-words.txt"), StandardCharsets.UTF_8))) {
            w.println(header);
            words.forEach(w::println);
        }
        System.out.printf("%,d lines, %,d tokens in %.0f s: %d names, %d name words; most frequent: %s%n",
                induction.sentences(), induction.tokens(), (System.nanoTime() - start) / 1e9, names.size(), words.size(),
                names.subList(0, Math.min(30, names.size())));
        return 0;
    }
}
