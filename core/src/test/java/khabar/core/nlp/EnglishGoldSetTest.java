package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import khabar.core.ner.GoldFormat;
import khabar.core.ner.GoldReader;
import khabar.core.ner.GoldSentence;
import khabar.core.ner.NerEvaluator;
import khabar.core.ner.NerReport;
import khabar.core.text.EntityType;
import org.junit.jupiter.api.Test;

/** The default English pipeline on khabar's English gold set (docs/english-ner.md): the F1 bar. */
class EnglishGoldSetTest {
    private static final List<GoldSentence> GOLD = GoldReader.read(
            Path.of("src/test/resources/ner/en-news-gold.conll"), GoldFormat.CONLL2003);

    @Test
    void theGoldSetIsLargeEnoughAndHasEveryType() {
        assertThat(GOLD).hasSizeGreaterThanOrEqualTo(120);
        assertThat(GOLD.stream().flatMap(s -> s.spans().stream()).map(s -> s.type()))
                .contains(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.MISC);
    }

    @Test
    void theDefaultPipelineReachesMicroF1OfNinetyOnPersonLocationOrganization() {
        NerReport report = NerEvaluator.forDefaultTypes().evaluate(GOLD, new EnglishNerTagger(EnglishNerOptions.defaults()));
        System.out.println(report.toTable());
        assertThat(report.tokens()).isEqualTo(GOLD.stream().mapToLong(s -> s.tokens().size()).sum());
        assertThat(report.micro().f1()).isGreaterThanOrEqualTo(0.90);
    }
}
