package khabar.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The languages besides English that CoreNLP ships models for, each in its own Maven artifact
 * ({@code edu.stanford.nlp:stanford-corenlp:<version>:models-<name>}). A language is analysed with
 * CoreNLP only when it is enabled in the configuration and its jar is on the class path; the jar's
 * {@code StanfordCoreNLP-<name>.properties} says which tokenizer and NER model to use.
 */
public enum CoreNlpLanguage {
    GERMAN("de", "german"),
    SPANISH("es", "spanish"),
    FRENCH("fr", "french"),
    CHINESE("zh", "chinese"),
    ARABIC("ar", "arabic");

    private final String code;
    private final String name;

    CoreNlpLanguage(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** The ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** The language for an ISO 639-1 code; the error lists the codes allowed. */
    public static CoreNlpLanguage of(String code) {
        for (CoreNlpLanguage l : values()) {
            if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("CoreNLP has no models for language '" + code + "' (use de, es, fr, zh, ar)");
    }

    /** Maven coordinates of the model jar, for messages and docs. */
    public String artifact() {
        return "edu.stanford.nlp:stanford-corenlp:4.5.10:models-" + name;
    }

    /** The class-path resource that the model jar carries. */
    String propertiesResource() {
        return "StanfordCoreNLP-" + name + ".properties";
    }

    /** The jar's pipeline properties, or empty when the jar is not on the class path. */
    Optional<Properties> pipelineProperties() {
        try (InputStream in = CoreNlpLanguage.class.getClassLoader().getResourceAsStream(propertiesResource())) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + propertiesResource(), e);
        }
    }

    /** The NER model the jar names, when the jar is there, names one, and carries it. */
    Optional<String> nerModel() {
        return pipelineProperties()
                .map(p -> p.getProperty("ner.model", "").split(",")[0].trim())
                .filter(m -> !m.isEmpty() && CoreNlpLanguage.class.getClassLoader().getResource(m) != null);
    }
}
