package khabar.core.read;

/** What a {@link DumpReader} yields: an article to process, or a record it had to reject. */
public sealed interface DumpRecord permits RawArticle, Reject {
    /** URI of the file the record came from. */
    String origin();

    /** Record number in that file (0-based line or document number), or 0 for one-article files. */
    long originOffset();
}
