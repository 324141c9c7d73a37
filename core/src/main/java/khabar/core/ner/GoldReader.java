package khabar.core.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold NER files ({@link GoldFormat}) into {@link GoldSentence}s. Tags are decoded by
 * {@link Tags#decode}, so IO, IOB1 and IOB2 input and IL-NER, CoNLL or full type names all work, and
 * malformed tags count as O. In {@link GoldFormat#BIO} files a token joined with {@code _} (IL-NER's
 * multiword compounds, e.g. {@code قانون_سازی}) becomes one token per piece, the first keeping the
 * tag and the others continuing it.
 */
public final class GoldReader {
    private GoldReader() {
    }

    /** Reads a UTF-8 gold file. */
    public static List<GoldSentence> read(Path file, GoldFormat format) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    /** Reads gold sentences from a reader; the caller closes it. */
    public static List<GoldSentence> read(Reader reader, GoldFormat format) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            first = false;
            if (line.isBlank()) {
                flush(tokens, tags, sentences);
                continue;
            }
            if (format == GoldFormat.CONLL2003) {
                String[] cols = line.trim().split("\\s+");
                if (cols[0].equals("-DOCSTART-")) {
                    flush(tokens, tags, sentences);
                    continue;
                }
                tokens.add(cols[0]);
                tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
            } else {
                addBioLine(line, tokens, tags);
            }
        }
        flush(tokens, tags, sentences);
        return sentences;
    }

    private static void addBioLine(String line, List<String> tokens, List<String> tags) {
        String token;
        String tag;
        int tab = line.indexOf('\t');
        if (tab >= 0) {
            token = line.substring(0, tab).strip();
            tag = line.substring(tab + 1).strip();
        } else {
            String trimmed = line.strip();
            int space = trimmed.lastIndexOf(' ');
            token = space < 0 ? trimmed : trimmed.substring(0, space).strip();
            tag = space < 0 ? "O" : trimmed.substring(space + 1);
        }
        if (token.isEmpty()) {
            return;
        }
        List<String> pieces = splitUnderscores(token);
        for (int i = 0; i < pieces.size(); i++) {
            tokens.add(pieces.get(i));
            tags.add(i == 0 ? tag : continuation(tag));
        }
    }

    /** Splits an IL-NER compound on {@code _}; a token that is only underscores stays whole. */
    static List<String> splitUnderscores(String token) {
        if (token.indexOf('_') < 0) {
            return List.of(token);
        }
        List<String> pieces = new ArrayList<>();
        for (String p : token.split("_")) {
            if (!p.isEmpty()) {
                pieces.add(p);
            }
        }
        return pieces.isEmpty() ? List.of(token) : pieces;
    }

    private static String continuation(String tag) {
        if (Tags.isOutside(tag)) {
            return "O";
        }
        if (tag.length() > 2 && tag.charAt(1) == '-') {
            return "I-" + tag.substring(2);
        }
        return tag;
    }

    private static void flush(List<String> tokens, List<String> tags, List<GoldSentence> out) {
        if (!tokens.isEmpty()) {
            out.add(new GoldSentence(tokens, Tags.decode(tags)));
        }
        tokens.clear();
        tags.clear();
    }
}
