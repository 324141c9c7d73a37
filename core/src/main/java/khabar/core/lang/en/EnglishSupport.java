package khabar.core.lang.en;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import khabar.core.lang.EventGrammar;
import khabar.core.lang.LanguageSupport;
import khabar.core.lang.NerTraining;
import khabar.core.lang.QuoteGrammar;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.nlp.EnglishAnalyzer;
import khabar.core.nlp.EnglishNerTagger;
import khabar.core.nlp.NlpSettings;
import khabar.core.nlp.PlaceCues;
import khabar.core.text.TextAnalyzer;

/**
 * English: CoreNLP's tokenizer and its pre-trained NER models ({@link EnglishAnalyzer}, chosen by
 * {@code khabar.nlp.english.*}); prepositional grammar and inflected triggers for events; words keyed
 * in lower case.
 */
public final class EnglishSupport implements LanguageSupport {
    private static final Set<String> PLACE_WORDS = Set.of(
            "province", "city", "capital", "state", "region", "district", "governorate", "town", "village",
            "county", "area", "of");
    private static final PlaceCues PLACE_CUES = new PlaceCues(
            Set.of("province", "state", "governorate", "upstate"), Set.of("city", "town", "capital"), Set.of("of"));
    private static final EventGrammar EVENTS = new EventGrammar(false, true, true,
            Set.of("a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "any", "of",
                    "against", "for", "over", "about", "on", "under", "after"),
            Set.of(), Optional.empty());

    @Override
    public String code() {
        return "en";
    }

    @Override
    public TextAnalyzer analyzer(NlpSettings settings) {
        return new EnglishAnalyzer(settings);
    }

    @Override
    public String nerCoverage(NlpSettings settings) {
        return settings.english().ner() ? settings.english().extractor() : "none: khabar.nlp.english.ner-models is empty";
    }

    @Override
    public boolean linkerAddsPlaces() {
        return false;
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
        return Optional.of(QuoteGrammar.ENGLISH);
    }

    @Override
    public String lexiconKey(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    @Override
    public PretokenizedTagger nerTagger(NlpSettings settings, Optional<Path> model) {
        if (model.isPresent()) {
            throw new IllegalArgumentException("--model: English NER uses CoreNLP's models (khabar.nlp.english.ner-models), "
                    + "not a model file");
        }
        return new EnglishNerTagger(settings.english());
    }

    @Override
    public Optional<NerTraining> nerTraining() {
        return Optional.empty();
    }
}
