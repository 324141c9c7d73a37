package khabar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import khabar.core.ner.PretokenizedTagger;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduSentenceSplitter;
import khabar.core.urdu.ner.UrduNer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Urdu CRF NER ({@code khabar.core.urdu.ner}) on the normalized tokens of the Urdu sample sentences
 * (tokenized beforehand, not timed): the CRF alone, and the CRF with gazetteer rules as the job runs it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class UrduNerBench {
    List<List<String>> sentences;
    int tokens;
    UrduNer ner;
    PretokenizedTagger crf;

    @Setup
    public void setUp() {
        UrduSentenceSplitter splitter = UrduSentenceSplitter.standard();
        sentences = new ArrayList<>();
        for (String t : SampleTexts.bodies().get("ur")) {
            for (Sentence s : splitter.split(t)) {
                List<String> forms = new ArrayList<>();
                for (Token tok : s.tokens()) {
                    forms.add(tok.normalized());
                }
                sentences.add(forms);
                tokens += forms.size();
            }
        }
        ner = UrduNer.get();
        crf = ner.crfOnly();
    }

    @Benchmark
    public int crfOnly(TokenCounter counter) {
        int spans = 0;
        for (List<String> s : sentences) {
            spans += crf.tag(s).size();
        }
        counter.tokens += tokens;
        return spans;
    }

    @Benchmark
    public int crfWithGazetteerRules(TokenCounter counter) {
        int spans = 0;
        for (List<String> s : sentences) {
            spans += ner.tagForms(s).size();
        }
        counter.tokens += tokens;
        return spans;
    }
}
