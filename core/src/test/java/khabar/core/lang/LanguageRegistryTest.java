package khabar.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import khabar.core.event.EventCoder;
import khabar.core.nlp.CoreNlpLanguage;
import khabar.core.nlp.NlpSettings;
import org.junit.jupiter.api.Test;

class LanguageRegistryTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Pattern LANGUAGE_FIELD = Pattern.compile("\"language\"\\s*:\\s*\"([a-z]{2})\"");
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2}");

    @Test
    void knowsEveryLanguageTheSamplesUse() throws IOException {
        Set<String> used = samplesLanguages();
        assertThat(used).as("languages found in samples/").contains("en", "ur");
        assertThat(LanguageRegistry.codes()).containsAll(used);
    }

    @Test
    void theJobReportsNerForEveryEntryAndNothingElseWithTheDefaultConfig() {
        assertThat(Analyzers.nerCoverage(NlpSettings.defaults()).keySet())
                .containsExactlyInAnyOrderElementsOf(LanguageRegistry.codes());
    }

    @Test
    void anUnknownCodeFailsNamingTheKnownOnes() {
        assertThat(LanguageRegistry.find("xx")).isEmpty();
        assertThatThrownBy(() -> LanguageRegistry.get("xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown language 'xx'")
                .hasMessageContaining("en, ur")
                .hasMessageContaining("docs/languages.md");
        assertThatThrownBy(() -> LanguageRegistry.get(null)).hasMessageContaining("unknown language 'null'");
    }

    @Test
    void eachEntryLivesInThePackageOfItsCode() {
        for (LanguageSupport l : LanguageRegistry.all()) {
            assertThat(l.getClass().getPackageName()).isEqualTo("khabar.core.lang." + l.code());
            assertThat(LanguageRegistry.get(l.code())).isSameAs(l);
        }
    }

    @Test
    void noRegistryLanguageIsAlsoLeftToCoreNlp() {
        for (CoreNlpLanguage c : CoreNlpLanguage.values()) {
            assertThat(LanguageRegistry.find(c.code())).as(c.code()).isEmpty();
        }
    }

    @Test
    void anEntryWithEventsHasItsLexiconsAndACoder() {
        for (LanguageSupport l : LanguageRegistry.all()) {
            if (l.events().isEmpty()) {
                assertThat(EventCoder.supports(l.code())).isFalse();
                continue;
            }
            for (String kind : new String[] {"triggers", "roles", "grammar", "dates"}) {
                assertThat(getClass().getResource("/khabar/events/" + kind + "-" + l.code() + ".tsv"))
                        .as(kind + " lexicon of " + l.code()).isNotNull();
            }
            assertThat(EventCoder.supports(l.code())).isTrue();
            assertThat(EventCoder.forLanguage(l.code()).roots()).isNotEmpty();
        }
        assertThat(EventCoder.supports("de")).isFalse();
    }

    @Test
    void theTrainedNerLanguagesAreThoseWithTraining() {
        assertThat(LanguageRegistry.trainedNerCodes()).containsExactly("ur");
        assertThat(LanguageRegistry.get("en").nerTraining()).isEmpty();
    }

    @Test
    void lexiconKeysLowerCaseEnglishAndNormalizeUrdu() {
        assertThat(LanguageRegistry.get("en").lexiconKey("Police")).isEqualTo("police");
        // Arabic kaf and yeh become Urdu keheh and farsi yeh
        assertThat(LanguageRegistry.get("ur").lexiconKey("كي")).isEqualTo("کی");
    }

    /** Folder names that are language codes ({@code samples/<date>/ur}) and {@code language} fields of JSON records. */
    private static Set<String> samplesLanguages() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(SAMPLES)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && LANGUAGE_FOLDER.matcher(name).matches()) {
                    out.add(name);
                } else if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                    Matcher m = LANGUAGE_FIELD.matcher(text(p));
                    while (m.find()) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        return out;
    }

    /** The file's text; of a truncated gzip file (a fixture), what it holds before the cut. */
    private static String text(Path p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (EOFException truncated) {
            // keep what came before the cut
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
