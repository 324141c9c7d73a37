package khabar.core.quote;

/** What stands for the speaker of a quotation: a PERSON or ORGANIZATION mention, or a role noun (ترجمان, a police spokesman). */
public enum SpeakerType {
    PERSON, ORGANIZATION, ROLE
}
