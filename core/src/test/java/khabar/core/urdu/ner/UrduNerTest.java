package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;
import khabar.core.ner.Span;
import khabar.core.text.EntityType;

class UrduNerTest {
    private static List<GoldSentence> newsGold() throws IOException {
        try (Reader r = new InputStreamReader(UrduNerTest.class.getResourceAsStream("/ner/ur-news-gold.bio"),
                StandardCharsets.UTF_8)) {
            return GoldReader.read(r, GoldFormat.BIO);
        }
    }

    @Test
    void handWrittenNewsGoldHasFiftyTaggedSentences() throws IOException {
        List<GoldSentence> gold = newsGold();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(50);
        assertThat(gold.stream().mapToInt(s -> s.spans().size()).sum()).isGreaterThan(100);
    }

    @Test
    void scoresWellOnHandWrittenNewsSentences() throws IOException {
        NerReport report = NerEvaluator.forDefaultTypes().evaluate(newsGold(), UrduNer.get());
        assertThat(report.micro().f1()).as(report.toTable()).isGreaterThan(0.75);
        assertThat(report.perType().get(EntityType.LOCATION).f1()).isGreaterThan(0.8);
    }

    @Test
    void tagsTheSameFromManyThreadsAsFromOne() throws Exception {
        List<GoldSentence> gold = newsGold();
        UrduNer ner = UrduNer.get();
        List<List<Span>> sequential = new ArrayList<>();
        for (GoldSentence s : gold) {
            sequential.add(ner.tag(s.tokens()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Span>>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<List<Span>> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        out.clear();
                        for (GoldSentence s : gold) {
                            out.add(ner.tag(s.tokens()));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<List<Span>>> f : futures) {
                assertThat(f.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tagsEmptySentencesAsNothing() {
        assertThat(UrduNer.get().tag(List.of())).isEmpty();
    }

    @Test
    void normalizesArabicCodePointsBeforeTagging() {
        // "كراچي" typed with Arabic kaf and yeh is the same place as "کراچی"
        assertThat(UrduNer.get().tag(List.of("وہ", "كراچي", "گئے")))
                .containsExactly(new Span(1, 2, EntityType.LOCATION));
    }
}
