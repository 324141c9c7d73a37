package khabar.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import khabar.core.nlp.EnglishNerOptions;
import khabar.core.nlp.NlpSettings;
import khabar.core.config.ConfigProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpConfigTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheFastEnglishPipelineAndNoOtherCoreNlpLanguage() {
        KhabarConfig c = ConfigLoader.load(null, Map.of());
        assertThat(c.nlp().english()).isEqualTo(EnglishNerOptions.defaults());
        assertThat(c.nlp().corenlpLanguages()).isEmpty();
        assertThat(c.describe()).contains("khabar.nlp.english.sutime = false", "khabar.nlp.corenlp-languages = []");
    }

    @Test
    void modelsSwitchesAndLanguagesAreRead() throws IOException {
        Path conf = dir.resolve("nlp.conf");
        Files.writeString(conf, """
                khabar.nlp.english {
                  ner-models = ["edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
                                "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"]
                  pos-lemma = true
                  sutime = true
                }
                khabar.nlp.corenlp-languages = [fr, DE, fr]
                """);
        KhabarConfig c = ConfigLoader.load(conf, Map.of());
        assertThat(c.nlp().english().models()).containsExactly(EnglishNerOptions.CONLL_4CLASS, EnglishNerOptions.MUC_7CLASS);
        assertThat(c.nlp().english().posAndLemma()).isTrue();
        assertThat(c.nlp().english().sutime()).isTrue();
        assertThat(c.nlp().english().numericClassifiers()).isFalse();
        assertThat(c.nlp().corenlpLanguages()).containsExactly("fr", "de");
    }

    @Test
    void aModelThatIsNotOnTheClassPathNamesTheKeyAndTheChoices() throws IOException {
        Path conf = dir.resolve("model.conf");
        Files.writeString(conf, "khabar.nlp.english.ner-models = [\"edu/stanford/nlp/models/ner/english.conll.5class.crf.ser.gz\"]\n");
        assertThatThrownBy(() -> ConfigLoader.load(conf, Map.of()))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("khabar.nlp.english.ner-models")
                .hasMessageContaining("english.conll.5class")
                .hasMessageContaining(EnglishNerOptions.ALL_3CLASS);
    }

    @Test
    void sutimeWithoutPosTagsNamesTheKeyAndTheFix() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("khabar.nlp.english.sutime", "true")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("khabar.nlp.english.sutime")
                .hasMessageContaining("khabar.nlp.english.pos-lemma = true");
    }

    @Test
    void urduNerRulesSwitchedOffAreATypedSettingInTheDigest() throws IOException {
        Path conf = dir.resolve("urdu.conf");
        Files.writeString(conf, "khabar.nlp.urdu.ner-rules-off = [tiles, personRuns]\n");
        KhabarConfig off = ConfigLoader.load(conf, Map.of());
        KhabarConfig on = ConfigLoader.load(null, Map.of());

        assertThat(off.nlp().urduNerRulesOff()).containsExactlyInAnyOrder("tiles", "personRuns");
        assertThat(on.nlp().urduNerRulesOff()).isEmpty();
        assertThat(on.nlp()).isEqualTo(NlpSettings.defaults());
        assertThat(off.describe()).contains("khabar.nlp.urdu.ner-rules-off = [\"tiles\",\"personRuns\"]");
        assertThat(on.describe()).contains("khabar.nlp.urdu.ner-rules-off = []");
    }

    @Test
    void anUnknownUrduNerRuleNamesTheKeyAndTheRules() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("khabar.nlp.urdu.ner-rules-off", java.util.List.of("tyles"))))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("khabar.nlp.urdu.ner-rules-off")
                .hasMessageContaining("tyles")
                .hasMessageContaining("trimBrackets");
    }

    @Test
    void theUrduClassBiasIsATypedSettingInTheDigestAndABadOneNamesTheLabels() throws IOException {
        Path conf = dir.resolve("bias.conf");
        Files.writeString(conf, "khabar.nlp.urdu.ner-class-bias = \"PERSON:0.5, ORGANIZATION:-1\"\n");
        KhabarConfig biased = ConfigLoader.load(conf, Map.of());
        KhabarConfig plain = ConfigLoader.load(null, Map.of());

        assertThat(biased.nlp().urduNerClassBias()).isEqualTo("PERSON:0.5, ORGANIZATION:-1");
        assertThat(plain.nlp().urduNerClassBias()).isEmpty();
        assertThat(biased.describe()).contains("khabar.nlp.urdu.ner-class-bias = \"PERSON:0.5, ORGANIZATION:-1\"");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("khabar.nlp.urdu.ner-class-bias", "PERSONS:1")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("khabar.nlp.urdu.ner-class-bias")
                .hasMessageContaining("PERSONS")
                .hasMessageContaining("ORGANIZATION");
    }

    @Test
    void aLanguageCoreNlpHasNoModelsForNamesTheKey() throws IOException {
        Path conf = dir.resolve("lang.conf");
        Files.writeString(conf, "khabar.nlp.corenlp-languages = [fr, ur]\n");
        assertThatThrownBy(() -> ConfigLoader.load(conf, Map.of()))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("khabar.nlp.corenlp-languages")
                .hasMessageContaining("de, es, fr, zh, ar");
    }
}
