package khabar.core.lang.ur;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import khabar.core.lang.EventGrammar;
import khabar.core.lang.LanguageSupport;
import khabar.core.lang.NerTraining;
import khabar.core.lang.QuoteGrammar;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.nlp.NlpSettings;
import khabar.core.nlp.PlaceCues;
import khabar.core.nlp.UrduAnalyzer;
import khabar.core.text.TextAnalyzer;
import khabar.core.urdu.UrduNormalizer;
import khabar.core.urdu.ner.UrduNer;

/**
 * Urdu: khabar's own tokenizer and CRF NER ({@link UrduAnalyzer}, {@link UrduNer}, trained by khabar:
 * docs/urdu-ner.md); the linker adds the known places the CRF missed; postpositional grammar for events;
 * words keyed by their normalized letters ({@link UrduNormalizer}).
 */
public final class UrduSupport implements LanguageSupport {
    private static final Set<String> PLACE_WORDS = Set.of(
            "صوبہ", "صوبے", "شہر", "دارالحکومت", "ضلع", "علاقہ", "علاقے", "گاؤں", "قصبہ", "قصبے");
    private static final PlaceCues PLACE_CUES = new PlaceCues(
            Set.of("صوبہ", "صوبے", "ریاست", "ریاستوں"), Set.of("شہر", "دارالحکومت"), Set.of());
    private static final EventGrammar EVENTS = new EventGrammar(true, false, false, Set.of(),
            Set.of("کیا", "کی", "کیے", "کر", "کرتے", "کرنے", "کریں", "کرے", "دیا", "دی", "دیے", "دے", "دیتے", "لگایا",
                    "لگائی", "لگائے", "عائد", "ہوا", "ہوئی", "ہوئے"),
            Optional.of("کہ"));

    @Override
    public String code() {
        return "ur";
    }

    @Override
    public TextAnalyzer analyzer(NlpSettings settings) {
        return new UrduAnalyzer(settings);
    }

    @Override
    public String nerCoverage(NlpSettings settings) {
        return "ur-crf" + (settings.urduNerRulesOff().isEmpty() ? ""
                : " (rules off: " + String.join(",", new TreeSet<>(settings.urduNerRulesOff())) + ")")
                + (settings.urduNerClassBias().isEmpty() ? "" : " (class bias: " + settings.urduNerClassBias() + ")");
    }

    @Override
    public boolean linkerAddsPlaces() {
        return true;
    }

    @Override
    public Set<String> placeWords() {
        return PLACE_WORDS;
    }

    @Override
    public PlaceCues placeCues() {
        return PLACE_CUES;
    }

    @Override
    public Optional<EventGrammar> events() {
        return Optional.of(EVENTS);
    }

    @Override
    public Optional<QuoteGrammar> quotes() {
        return Optional.of(QuoteGrammar.POSTPOSITIONAL);
    }

    @Override
    public String lexiconKey(String word) {
        return UrduNormalizer.normalize(word);
    }

    @Override
    public PretokenizedTagger nerTagger(NlpSettings settings, Optional<Path> model) throws IOException {
        if (model.isEmpty()) {
            return UrduNer.get().withSettings(settings);
        }
        try (InputStream in = Files.newInputStream(model.get())) {
            return UrduNer.load(in).withSettings(settings);
        }
    }

    @Override
    public Optional<NerTraining> nerTraining() {
        return Optional.of(new UrduNerTraining());
    }
}
