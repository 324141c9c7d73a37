package khabar.core.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of an article. Two steps:
 * <ol>
 *   <li>a fast check of letters and function words that settles the common cases, Urdu and English,
 *   in microseconds (Urdu: Arabic script with Urdu-only letters such as ے ں ٹ ڈ ڑ ہ and Urdu function
 *   words; English: Latin script with English function words);</li>
 *   <li>otherwise OpenNLP's language detector (103 languages, model {@code langdetect-183.bin}) over the
 *   first {@value #SAMPLE_CHARS} chars; its answer is kept when it leads the runner-up clearly, else
 *   {@code und}.</li>
 * </ol>
 * Thread-safe; build it once per JVM ({@link #shared()}).
 */
public final class LanguageIdentifier {
    static final int SAMPLE_CHARS = 600;
    private static final int MIN_LETTERS = 12;

    private static final Set<String> URDU_WORDS = Set.of(
            "کے", "کی", "میں", "ہے", "نے", "سے", "کو", "اور", "پر", "کا", "یہ", "ہیں", "کہ", "تھا", "گیا");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "said", "was", "with", "by", "at");

    private final LanguageDetectorModel model;
    private final Map<String, String> iso3ToIso1;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
        this.iso3ToIso1 = iso3ToIso1();
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = load();
    }

    /** The identifier of this JVM, loaded on first use. */
    public static LanguageIdentifier shared() {
        return Holder.INSTANCE;
    }

    private static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin not on the classpath: "
                        + "add org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP language model", e);
        }
    }

    /** Identifies the language of {@code text}; null or blank text is {@code und}. */
    public LanguageGuess identify(String text) {
        if (text == null) {
            return LanguageGuess.undetermined(0, "script");
        }
        ScriptProfile p = ScriptProfile.of(text, SAMPLE_CHARS * 4);
        if (p.letters() < MIN_LETTERS) {
            return LanguageGuess.undetermined(0, "script");
        }
        double urduWords = p.share(URDU_WORDS);
        double englishWords = p.share(ENGLISH_WORDS);
        if (p.arabicShare() > 0.8 && p.urduLetterShare() > 0.04 && urduWords > 0.08) {
            return new LanguageGuess("ur", Math.min(1.0, 0.5 + urduWords + p.urduLetterShare()), "script");
        }
        if (p.latinShare() > 0.9 && englishWords > 0.12) {
            return new LanguageGuess("en", Math.min(1.0, 0.5 + englishWords), "script");
        }
        return byModel(text);
    }

    private LanguageGuess byModel(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
        double best = ranked[0].getConfidence();
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        double margin = best / (best + second);
        String code = iso3ToIso1.getOrDefault(ranked[0].getLang(), ranked[0].getLang());
        if (margin < 0.75) {
            return LanguageGuess.undetermined(margin, "opennlp");
        }
        return new LanguageGuess(code, margin, "opennlp");
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // OpenNLP uses macro-language and individual codes that Java does not map to ISO 639-1
        map.put("pes", "fa");
        map.put("zho", "zh");
        map.put("cmn", "zh");
        map.put("arb", "ar");
        map.put("swh", "sw");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("zsm", "ms");
        map.put("nob", "no");
        return Map.copyOf(map);
    }
}
