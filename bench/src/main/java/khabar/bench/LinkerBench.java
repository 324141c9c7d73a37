package khabar.bench;

import java.util.concurrent.TimeUnit;

import khabar.core.link.EntityLinker;
import khabar.core.text.Analysis;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The entity linker ({@code khabar.core.link.EntityLinker}) on the sample bodies of a language, analysed
 * beforehand: {@code findAll} over every sentence's tokens (the gazetteer scan) and {@code link} of every
 * NER mention.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LinkerBench {
    @Param({"ur", "en"})
    public String language;

    AnalysedSamples samples;
    EntityLinker linker;

    @Setup
    public void setUp() {
        samples = new AnalysedSamples(language);
        linker = EntityLinker.shared();
    }

    @Benchmark
    public int scanTokens(TokenCounter counter) {
        int found = 0;
        for (Analysis a : samples.analyses) {
            for (Sentence s : a.sentences()) {
                found += linker.findAll(s.tokens(), language).size();
            }
        }
        counter.tokens += samples.tokens;
        return found;
    }

    @Benchmark
    public int linkMentions(TokenCounter counter) {
        int linked = 0;
        for (Analysis a : samples.analyses) {
            for (Mention m : a.mentions()) {
                linked += linker.link(m.text(), language, m.type()).isLinked() ? 1 : 0;
            }
        }
        counter.tokens += samples.tokens;
        return linked;
    }
}
