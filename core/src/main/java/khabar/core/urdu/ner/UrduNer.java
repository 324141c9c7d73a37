package khabar.core.urdu.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import khabar.core.ner.PretokenizedTagger;
import khabar.core.ner.Span;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

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

    private UrduNer(UrduCrfTagger crf, UrduGazetteers gazetteers) {
        this.crf = crf;
        this.gazetteers = gazetteers;
    }

    /** The shipped model and lists, loaded once per JVM on first call. */
    public static UrduNer get() {
        return Holder.INSTANCE;
    }

    /** Wraps a CRF already in memory (the trainer scores a fresh model this way). */
    public static UrduNer of(CRFClassifier<CoreLabel> crf, UrduGazetteers gazetteers) {
        return new UrduNer(new UrduCrfTagger(crf), gazetteers);
    }

    /** Loads a gzipped serialized model from a stream, with the shipped gazetteers. */
    public static UrduNer load(InputStream gzippedModel) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(gzippedModel, 1 << 16))) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
            return of(crf, UrduGazetteers.load());
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

    /** Tags raw tokens (normalized here). */
    @Override
    public List<Span> tag(List<String> tokens) {
        List<String> forms = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            forms.add(UrduNerLabels.featureForm(t));
        }
        return tagForms(forms);
    }

    /** Tags tokens already normalized by {@code UrduNormalizer}. */
    public List<Span> tagForms(List<String> forms) {
        return merge(splitAtSeparators(crf.tagForms(forms), forms), gazetteers.matchKnown(forms));
    }

    /** Words that never sit inside a name but join two: the IO-labelled CRF runs "X یا Y" into one span. */
    private static final java.util.Set<String> SEPARATORS = java.util.Set.of("،", ",", "یا", "اور", "؛", ";");

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
            List<Token> tokens = s.tokens();
            List<String> forms = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                String n = t.normalized() == null || t.normalized().isBlank() ? t.text() : t.normalized();
                forms.add(n.indexOf(' ') < 0 ? n : n.replace(' ', '_'));
            }
            for (Span span : tagForms(forms)) {
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

    /** Known names replace the CRF spans they cover and fill gaps; CRF spans reaching past them win. */
    static List<Span> merge(List<Span> crfSpans, List<Span> known) {
        if (known.isEmpty()) {
            return crfSpans;
        }
        List<Span> out = new ArrayList<>(crfSpans);
        for (Span k : known) {
            boolean blocked = false;
            List<Span> covered = new ArrayList<>();
            for (Span c : out) {
                if (c.begin() < k.end() && k.begin() < c.end()) {
                    if (c.begin() >= k.begin() && c.end() <= k.end()) {
                        covered.add(c);
                    } else {
                        blocked = true;
                    }
                }
            }
            if (!blocked) {
                out.removeAll(covered);
                out.add(k);
            }
        }
        out.sort(Comparator.comparingInt(Span::begin));
        return out;
    }
}
