package khabar.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import khabar.core.event.EventCoder;
import khabar.core.event.EventInput;
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
 * The CAMEO event coder ({@code khabar.core.event.EventCoder}) on the sample bodies of a language,
 * analysed and linked beforehand (not timed), as the analyse stage calls it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EventCoderBench {
    @Param({"ur", "en"})
    public String language;

    List<EventInput> inputs;
    int tokens;
    EventCoder coder;

    @Setup
    public void setUp() {
        AnalysedSamples samples = new AnalysedSamples(language);
        inputs = samples.eventInputs(language);
        tokens = samples.tokens;
        coder = EventCoder.forLanguage(language);
    }

    @Benchmark
    public int code(TokenCounter counter) {
        int events = 0;
        for (EventInput in : inputs) {
            events += coder.code(in).size();
        }
        counter.tokens += tokens;
        return events;
    }
}
