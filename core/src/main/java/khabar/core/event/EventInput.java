package khabar.core.event;

import java.time.LocalDate;
import java.util.List;

import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;

/**
 * One section (title or body) of an article, analysed and linked, ready for event coding.
 *
 * @param language        ISO 639-1 code of the text ({@code ur}, {@code en}; a tag like {@code ur-PK} is fine)
 * @param text            the section string; token, sentence and mention offsets index into it
 * @param sentences       its sentences with tokens
 * @param mentions        its entity mentions, already linked: {@link Link#countryCode()} filled for places,
 *                        nationality adjectives (امریکی, Iraqi as MISC/NATIONALITY) and organizations with a
 *                        country word
 * @param publicationDate the article's publication date, null when unknown
 * @param fallbackDate    the date to resolve against when there is no publication date (the dump date);
 *                        may be null
 * @param datelineText    the dateline place as written (بغداد), null when none
 * @param datelinePlace   what the linker knows of the dateline place, null when none or unlinked
 */
public record EventInput(String language, String text, List<Sentence> sentences, List<Mention> mentions,
                         LocalDate publicationDate, LocalDate fallbackDate, String datelineText, Link datelinePlace) {
    public EventInput {
        text = text == null ? "" : text;
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** The date relative expressions are resolved against: publication date, else fallback date, else null. */
    public LocalDate referenceDate() {
        return publicationDate != null ? publicationDate : fallbackDate;
    }
}
