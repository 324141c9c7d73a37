package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import khabar.core.lang.Analyzers;
import khabar.core.text.Analysis;
import khabar.core.text.EntityType;
import khabar.core.text.Mention;
import org.junit.jupiter.api.Test;

class EnglishAnalyzerTest {
    private static final String TEXT = "BAGHDAD (AFP) — Several rockets were fired at an air base in western Iraq on Thursday, "
            + "officials said. Defense Secretary Lloyd Austin told reporters at the Pentagon that he would meet "
            + "the Iraqi foreign minister in Washington.";

    private final Analysis analysis = Analyzers.forLanguage("en", NlpSettings.defaults()).analyze(TEXT);

    @Test
    void splitsSentencesAndTokensWithOffsetsIntoTheText() {
        assertThat(analysis.sentences()).hasSize(2);
        analysis.sentences().forEach(s -> s.tokens().forEach(t ->
                assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.text())));
        assertThat(analysis.sentences().get(1).index()).isEqualTo(1);
    }

    @Test
    void findsPeopleOrganizationsAndPlacesWithExactOffsets() {
        assertThat(analysis.mentions()).extracting(Mention::text, Mention::type).contains(
                org.assertj.core.groups.Tuple.tuple("BAGHDAD", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Iraq", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Pentagon", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Lloyd Austin", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Washington", EntityType.LOCATION));
        analysis.mentions().forEach(m -> {
            assertThat(TEXT.substring(m.charBegin(), m.charEnd())).isEqualTo(m.text());
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.extractor()).isEqualTo(m.type() == EntityType.MISC ? "linker" : "corenlp-all.3class.distsim");
        });
    }

    @Test
    void theThreeClassModelLeavesNationalitiesToTheLinker() {
        assertThat(analysis.mentions()).filteredOn(m -> m.text().equals("Iraqi")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.MISC);
            assertThat(m.extractor()).isEqualTo("linker");
            assertThat(m.link().kbId()).isEqualTo("iso3166:IQ");
        });
    }

    @Test
    void loadsThePipelineOncePerJvm() {
        assertThat(Analyzers.forLanguage("en", NlpSettings.defaults()))
                .isSameAs(Analyzers.forLanguage("en", NlpSettings.defaults()));
    }

    @Test
    void givesOtherLanguagesTokensAndSentencesWithoutRewritingText() {
        String fr = "Le président est arrivé à Paris. Il a parlé jeudi.";
        Analysis a = Analyzers.forLanguage("fr", NlpSettings.defaults()).analyze(fr);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.mentions()).isEmpty();
        a.sentences().forEach(s -> s.tokens().forEach(t -> assertThat(fr.substring(t.begin(), t.end())).isEqualTo(t.text())));
    }
}
