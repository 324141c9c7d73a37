package khabar.core.lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import khabar.core.ner.PretokenizedTagger;
import khabar.core.nlp.NlpSettings;
import khabar.core.nlp.PlaceCues;
import khabar.core.text.TextAnalyzer;

/**
 * Everything khabar does differently for one language, in one place: how its text is analysed, which NER
 * runs, how the linker treats its mentions, how the event coder reads it. One implementation per language,
 * under {@code khabar.core.lang.<code>}, listed in {@link LanguageRegistry}; nothing outside those entries
 * tests a language code. Entries are stateless and immutable. See docs/languages.md.
 */
public interface LanguageSupport {
    /** ISO 639-1 code, as in the {@code language} column: {@code en}, {@code ur}. */
    String code();

    /** A new analyzer (tokens, sentences, NER) before entity linking; heavy: {@link Analyzers} keeps one per JVM. */
    TextAnalyzer analyzer(NlpSettings settings);

    /** Which NER {@link #analyzer} runs with these settings, for the job's start log ({@code ur-crf}). */
    String nerCoverage(NlpSettings settings);

    /** Whether the linker adds known places the NER missed as LOCATION mentions (for an NER whose recall is weak). */
    boolean linkerAddsPlaces();

    /**
     * Generic words NER takes into a place's span ({@code province}, {@code صوبہ}): a LOCATION mention of one known
     * place and only these words is that place. Lower case, in the tokens' normalized form.
     */
    Set<String> placeWords();

    /**
     * Words next to a place name that tell a first-level region from a city ({@code province}, {@code صوبہ};
     * {@code city}, {@code شہر}), for names that are both (Kandahar, قندھار). Lower case, normalized form.
     */
    PlaceCues placeCues();

    /** The event coder's facts of this language; empty when it has no lexicons under {@code khabar/events/}. */
    Optional<EventGrammar> events();

    /** The key a word is matched on in lexicons and event checks (Urdu: normalized letters; English: lower case). */
    String lexiconKey(String word);

    /**
     * The NER over pre-tokenized text that {@code khabar eval-ner} scores: the shipped one, or the model file
     * {@code model} when given.
     *
     * @throws IllegalArgumentException when a model file is given for a language whose NER takes none
     */
    PretokenizedTagger nerTagger(NlpSettings settings, Optional<Path> model) throws IOException;

    /** How khabar trains this language's NER ({@code khabar train-ner}, {@code eval-ner --cv}); empty when it uses pre-trained models. */
    Optional<NerTraining> nerTraining();

    /** The quotation rules of this language (docs/quotes.md); empty when it has none. */
    Optional<QuoteGrammar> quotes();
}
