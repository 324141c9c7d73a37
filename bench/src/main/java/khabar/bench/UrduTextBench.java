package khabar.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduNormalizer;
import khabar.core.urdu.UrduSentenceSplitter;
import khabar.core.urdu.UrduTokenizer;
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
 * Urdu normalizer, tokenizer and sentence splitter over the Urdu sample bodies (one operation: all of
 * them); the {@code tokens} counter gives tokens per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class UrduTextBench {
    List<String> texts;
    UrduTokenizer tokenizer;
    UrduSentenceSplitter splitter;

    @Setup
    public void setUp() {
        texts = SampleTexts.bodies().get("ur");
        tokenizer = new UrduTokenizer();
        splitter = UrduSentenceSplitter.standard();
    }

    @Benchmark
    public int normalize(TokenCounter counter) {
        int chars = 0;
        for (String t : texts) {
            chars += UrduNormalizer.normalize(t).length();
        }
        counter.tokens += tokenCount();
        return chars;
    }

    @Benchmark
    public int tokenize(TokenCounter counter) {
        int n = 0;
        for (String t : texts) {
            List<Token> tokens = tokenizer.tokenize(t);
            n += tokens.size();
        }
        counter.tokens += n;
        return n;
    }

    @Benchmark
    public int tokenizeAndSplit(TokenCounter counter) {
        int n = 0;
        for (String t : texts) {
            for (Sentence s : splitter.split(t)) {
                n += s.tokens().size();
            }
        }
        counter.tokens += n;
        return n;
    }

    private int tokenCount = -1;

    private int tokenCount() {
        if (tokenCount < 0) {
            int n = 0;
            for (String t : texts) {
                n += tokenizer.tokenize(t).size();
            }
            tokenCount = n;
        }
        return tokenCount;
    }
}
