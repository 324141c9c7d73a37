package khabar.core.urdu.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import khabar.core.ner.PretokenizedTagger;
import khabar.core.nlp.NlpSettings;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduResources;

/**
 * Urdu named-entity recognition: the committed CRF ({@value #MODEL}, trained by {@link UrduNerTrainer}),
 * its spans split at words that join two names ({@code یا}, {@code اور}, {@code ،}), then known place and
 * organization names ({@link UrduGazetteers#matchKnown}) found whole: a known name
 * replaces the CRF spans it covers, or is added where the CRF found nothing. Thread-safe; {@link #get()}
 * loads the model once per JVM, on first use.
 */
public final class UrduNer implements PretokenizedTagger {
    /** Classpath resource of the gzipped, serialized CRF. */
    public static final String MODEL = "khabar/models/ur-ner.crf.ser.gz";
    /** The {@code extractor} of the mentions it finds. */
    public static final String EXTRACTOR = "ur-crf";
    /**
     * The confidence given to every mention: the CRF's Viterbi decoding gives no per-span probability
     * without a second (forward-backward) pass, which would halve the speed; 0.8 is about its dev precision.
     */
    public static final double CONFIDENCE = 0.8;

    private static final class Holder {
        static final UrduNer INSTANCE = loadResource();
    }

    private final UrduCrfTagger crf;
    private final UrduGazetteers gazetteers;
    private final Set<String> off;

    private UrduNer(UrduCrfTagger crf, UrduGazetteers gazetteers, Set<String> off) {
        this.crf = crf;
        this.gazetteers = gazetteers;
        this.off = off;
    }

    /** The shipped model and lists, loaded once per JVM on first call. */
    public static UrduNer get() {
        return Holder.INSTANCE;
    }

    /**
     * Wraps a CRF already in memory (the trainer scores a fresh model this way), decoded with a class bias
     * ({@link UrduBiasedCrf#bias}; the recipe's is {@link UrduNerTrainer#classBias()}).
     */
    public static UrduNer of(UrduBiasedCrf crf, UrduGazetteers gazetteers, String classBias) {
        return new UrduNer(new UrduCrfTagger(crf, classBias), gazetteers, Set.of());
    }

    /**
     * Loads a gzipped serialized model from a stream, with the shipped gazetteers and the class bias of the
     * committed recipe ({@code classBias} in {@value UrduNerTrainer#PROPERTIES}).
     */
    public static UrduNer load(InputStream gzippedModel) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(gzippedModel, 1 << 16))) {
            return of(UrduBiasedCrf.read(in), UrduGazetteers.load(), UrduNerTrainer.standard().classBias());
        } catch (ClassNotFoundException e) {
            throw new IOException("model is not a CoreNLP 4.5 CRFClassifier", e);
        }
    }

    private static UrduNer loadResource() {
        try (InputStream in = UrduNer.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing model resource " + MODEL);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
        }
    }

    /** Its CRF, decoded with its class bias (self-training reads the CRF's labels and confidences). */
    UrduCrfTagger crfTagger() {
        return crf;
    }

    /** Tags raw tokens (normalized here). */
    @Override
    public List<Span> tag(List<String> tokens) {
        return tagForms(UrduNerLabels.featureForms(tokens));
    }

    /**
     * The same CRF and lists with the named rules ({@link UrduNerRules}) switched off: ablations, and the
     * setting {@code khabar.nlp.urdu.ner-rules-off}. All rules are on in {@link #get()} and {@link #of}.
     */
    public UrduNer withRulesOff(Set<String> rules) {
        Set<String> checked = UrduNerRules.checked(rules);
        return checked.equals(off) ? this : new UrduNer(crf, gazetteers, checked);
    }

    /**
     * The same model, lists and rules, decoded with another class bias ({@link UrduBiasedCrf#bias}; blank: none):
     * cross-validation of the bias, and evaluation at a chosen precision-recall trade-off.
     */
    public UrduNer withClassBias(String spec) {
        return new UrduNer(crf.withClassBias(spec), gazetteers, off);
    }

    /** The shipped tagger as the settings ask: rules switched off, another class bias ({@link NlpSettings}). */
    public UrduNer withSettings(NlpSettings settings) {
        UrduNer ner = withRulesOff(settings.urduNerRulesOff());
        return settings.urduNerClassBias().isEmpty() ? ner : ner.withClassBias(settings.urduNerClassBias());
    }

    /** Tags tokens already normalized by {@code UrduNormalizer}. */
    public List<Span> tagForms(List<String> forms) {
        List<Span> crfSpans = splitAtSeparators(crf.tagForms(forms), forms);
        if (!off.contains("trimBrackets")) {
            crfSpans = trimBrackets(crfSpans, forms);
        }
        List<Span> known = gazetteers.matchKnown(forms);
        if (!off.contains("tiles")) {
            crfSpans = UrduKnownNameRules.splitKnownTiles(crfSpans, known);
        }
        if (!off.contains("leadingPlace")) {
            crfSpans = UrduKnownNameRules.splitLeadingPlace(crfSpans, known);
        }
        if (!off.contains("orgTails")) {
            known = UrduKnownNameRules.placeOrgTails(known, forms, off);
            if (!off.contains("crfOrgTails")) {
                crfSpans = UrduKnownNameRules.placeOrgTails(crfSpans, forms, off);
            }
        }
        if (!off.contains("knownOrgEnd")) {
            crfSpans = UrduKnownOrgEnds.apply(crfSpans, known, forms, gazetteers);
        }
        List<Span> out = UrduKnownNameRules.merge(crfSpans, known);
        if (!off.contains("chain")) {
            out = dropChain(out, forms);
        }
        if (!off.contains("personRuns")) {
            out = addPersonRuns(out, forms, gazetteers, off);
        }
        out = UrduSpanRepairs.apply(out, forms, gazetteers, off);
        if (!off.contains("namePartTitles")) {
            out = widenToNamePartTitles(out, forms);
        }
        return out;
    }

    private static final Set<String> OPENERS = UrduResources.get().words("openers");
    private static final Set<String> CLOSERS = UrduResources.get().words("closers");

    /** Drops a bracket or quote at a span's edge whose partner is not inside the span ({@code این سی ای آر ٹی )}). */
    static List<Span> trimBrackets(List<Span> spans, List<String> forms) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int b = s.begin();
            int e = s.end();
            boolean changed = true;
            while (changed && e > b) {
                changed = false;
                if (OPENERS.contains(forms.get(b)) && !anyIn(CLOSERS, forms, b + 1, e)) {
                    b++;
                    changed = true;
                } else if (e > b && CLOSERS.contains(forms.get(e - 1)) && !anyIn(OPENERS, forms, b, e - 1)) {
                    e--;
                    changed = true;
                }
            }
            if (e > b) {
                out.add(b == s.begin() && e == s.end() ? s : new Span(b, e, s.type()));
            }
        }
        return out;
    }

    private static boolean anyIn(Set<String> set, List<String> forms, int from, int to) {
        for (int i = from; i < to; i++) {
            if (set.contains(forms.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words after which {@code چین} is the English "chain", not China ({@code سپلائی چین}, {@code ویلیو چین}). */
    private static final Set<String> CHAIN_WORDS = UrduResources.get().words("chain-words");

    /** Drops {@code چین} as a place where it is the English loanword "chain" ({@code سپلائی چین}). */
    static List<Span> dropChain(List<Span> spans, List<String> forms) {
        List<Span> out = null;
        for (int n = 0; n < spans.size(); n++) {
            Span s = spans.get(n);
            if (s.type() == EntityType.LOCATION && s.length() == 1 && forms.get(s.begin()).equals("چین")
                    && s.begin() > 0 && CHAIN_WORDS.contains(forms.get(s.begin() - 1))) {
                if (out == null) {
                    out = new ArrayList<>(spans.subList(0, n));
                }
            } else if (out != null) {
                out.add(s);
            }
        }
        return out == null ? spans : out;
    }

    /**
     * Second halves of Arabic compound names, written apart ({@code ذبیح اللہ}, {@code نعیم الرحمن}, {@code معین
     * الدین}): part of a run of person words when one comes before them.
     */
    private static final Set<String> NAME_SUFFIXES = UrduResources.get().words("name-suffixes");

    /**
     * Titles that IL-NER counts as part of a person's name ({@code سید} 6 times inside a name in train, never
     * before one; {@code سردار}, {@code شیخ}, {@code علامہ}, {@code مفتی}, {@code نواب}, {@code میر}, {@code ملا}
     * likewise), unlike office and profession titles ({@code ڈاکٹر} 60 times before a name, never inside).
     */
    private static final Set<String> NAME_PART_TITLES = UrduResources.get().words("name-part-titles");

    /** A PERSON span right after a name-part title ({@code شیخ حبیب اللہ}, {@code حافظ نعیم الرحمن}) takes it in. */
    static List<Span> widenToNamePartTitles(List<Span> spans, List<String> forms) {
        List<Span> out = null;
        int previousEnd = 0;
        for (int n = 0; n < spans.size(); n++) {
            Span s = spans.get(n);
            int b = s.begin();
            if (s.type() == EntityType.PERSON && b > previousEnd && NAME_PART_TITLES.contains(forms.get(b - 1))) {
                if (out == null) {
                    out = new ArrayList<>(spans.subList(0, n));
                }
                out.add(new Span(b - 1, s.end(), s.type()));
            } else if (out != null) {
                out.add(s);
            }
            previousEnd = s.end();
        }
        return out == null ? spans : out;
    }

    /** Honorifics written after a name ({@code گاندھی جی}). */
    private static final Set<String> HONORIFICS = UrduResources.get().words("honorifics");

    /**
     * Two or more adjacent words of hand-compiled person names (or one, right after a title such as
     * {@code ڈاکٹر} or before an honorific such as {@code جی}), outside every span found so far, are a
     * PERSON ({@code شیخ حبیب اللہ}-style names the CRF missed).
     */
    static List<Span> addPersonRuns(List<Span> spans, List<String> forms, UrduGazetteers gazetteers) {
        return addPersonRuns(spans, forms, gazetteers, Set.of());
    }

    static List<Span> addPersonRuns(List<Span> spans, List<String> forms, UrduGazetteers gazetteers,
                                    Set<String> off) {
        boolean[] taken = Span.covered(spans, forms.size());
        List<Span> added = new ArrayList<>();
        int i = 0;
        while (i < forms.size()) {
            int j = i;
            while (j < forms.size() && !taken[j] && (gazetteers.isPersonWord(forms.get(j))
                    || j > i && NAME_SUFFIXES.contains(forms.get(j)) && !off.contains("nameSuffixes"))) {
                j++;
            }
            boolean single = j - i == 1 && !off.contains("titledPerson")
                    && ((i > 0 && gazetteers.entries(UrduGazetteers.Kind.TITLE).contains(forms.get(i - 1))
                            && !gazetteers.entries(UrduGazetteers.Kind.TITLE).contains(forms.get(i - 1) + " " + forms.get(i)))
                        || (j < forms.size() && HONORIFICS.contains(forms.get(j))));
            if (j - i >= 2 || single) {
                added.add(new Span(i, j, EntityType.PERSON));
            }
            i = Math.max(j, i + 1);
        }
        return Span.withAdded(spans, added);
    }

    /** Words that never sit inside a name but join two: the IO-labelled CRF runs "X یا Y" into one span. */
    private static final java.util.Set<String> SEPARATORS = UrduResources.get().words("separators");

    /** Splits spans at separator tokens, dropping the separators (IO labels cannot mark two adjacent names). */
    static List<Span> splitAtSeparators(List<Span> spans, List<String> forms) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.begin();
            for (int i = s.begin(); i < s.end(); i++) {
                if (SEPARATORS.contains(forms.get(i))) {
                    if (i > start) {
                        out.add(new Span(start, i, s.type()));
                    }
                    start = i + 1;
                }
            }
            if (s.end() > start) {
                out.add(new Span(start, s.end(), s.type()));
            }
        }
        return out;
    }

    /** The CRF alone, without the known-name pass (for ablations). */
    public PretokenizedTagger crfOnly() {
        return crf;
    }

    /**
     * Finds the mentions in sentences of one section whose tokens carry normalized forms. {@code text} is
     * rebuilt from the tokens as written (one space where the tokens are apart); use
     * {@link #mentions(String, List)} to cut it from the source instead.
     */
    public List<Mention> mentions(List<Sentence> sentences) {
        return mentions(null, sentences);
    }

    /**
     * Finds the mentions in sentences of one section.
     *
     * @param source the analysed string the token offsets point into, or null
     */
    public List<Mention> mentions(String source, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Span span : tagForms(UrduNerLabels.tokenFeatureForms(s.tokens()))) {
                out.add(mention(source, s, span));
            }
        }
        return out;
    }

    private static Mention mention(String source, Sentence s, Span span) {
        List<Token> tokens = s.tokens().subList(span.begin(), span.end());
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        StringBuilder text = new StringBuilder();
        StringBuilder normalized = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) {
                normalized.append(' ');
                if (t.begin() > tokens.get(i - 1).end()) {
                    text.append(' ');
                }
            }
            text.append(t.text());
            normalized.append(t.normalized() == null ? t.text() : t.normalized());
        }
        String written = source != null && end <= source.length() ? source.substring(begin, end) : text.toString();
        return new Mention(s.index(), span.begin(), span.end(), begin, end, written, normalized.toString(),
                span.type(), CONFIDENCE, EXTRACTOR, null);
    }
}
