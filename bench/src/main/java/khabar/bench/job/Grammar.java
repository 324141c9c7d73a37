package khabar.bench.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny random-text grammar: sections of alternatives ({@code [name]} then one alternative a line),
 * {@code {name}} expanding a random alternative of that section, and three number slots: {@code {N}}
 * 2..95, {@code {M}} 100..9999, {@code {DAY}} 1..28. Lines starting with {@code #} are comments. Every
 * reference must name a section (checked at load), and expansion is deterministic for a random source.
 */
final class Grammar {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_0-9]+)}");

    private final Map<String, List<String>> sections;

    private Grammar(Map<String, List<String>> sections) {
        this.sections = sections;
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("grammar section [" + e.getKey() + "] has no alternatives");
            }
            for (String line : e.getValue()) {
                Matcher m = SLOT.matcher(line);
                while (m.find()) {
                    String ref = m.group(1);
                    if (!isNumber(ref) && !sections.containsKey(ref)) {
                        throw new IllegalArgumentException("grammar section [" + e.getKey() + "] refers to {"
                                + ref + "}, which is not a section");
                    }
                }
            }
        }
    }

    /** The grammar of a language bundled under {@code khabar/bench/<language>.grammar}. */
    static Grammar bundled(String language) {
        String resource = "khabar/bench/" + language + ".grammar";
        try (InputStream in = Grammar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus grammar for language '" + language + "' (" + resource + ")");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Grammar parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalArgumentException("grammar line outside a section: " + t);
                } else {
                    current.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Grammar(sections);
    }

    boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The alternatives of a section, as written (slots unexpanded). */
    List<String> alternatives(String section) {
        List<String> a = sections.get(section);
        if (a == null) {
            throw new IllegalArgumentException("no grammar section [" + section + "]");
        }
        return a;
    }

    /** A random expansion of {@code section}. */
    String expand(String section, SplittableRandom random) {
        List<String> a = alternatives(section);
        return fill(a.get(random.nextInt(a.size())), random, 0);
    }

    private String fill(String template, SplittableRandom random, int depth) {
        if (depth > 8) {
            throw new IllegalStateException("grammar recursion too deep at: " + template);
        }
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String ref = m.group(1);
            String value = switch (ref) {
                case "N" -> Integer.toString(random.nextInt(2, 96));
                case "M" -> Integer.toString(random.nextInt(100, 10_000));
                case "DAY" -> Integer.toString(random.nextInt(1, 29));
                default -> {
                    List<String> a = sections.get(ref);
                    yield fill(a.get(random.nextInt(a.size())), random, depth + 1);
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isNumber(String ref) {
        return ref.equals("N") || ref.equals("M") || ref.equals("DAY");
    }
}
