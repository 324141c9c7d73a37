package khabar.core.ner;

import static khabar.core.text.EntityType.LOCATION;
import static khabar.core.text.EntityType.MISC;
import static khabar.core.text.EntityType.ORGANIZATION;
import static khabar.core.text.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class GoldReaderTest {
    @Test
    void readsBioSentencesSeparatedByBlankLines() throws IOException {
        String text = "\uFEFFبغداد\tB-NEL\n(\tO\nاے\tB-NEO\nایف\tI-NEO\nپی\tI-NEO\n\n\nعمران\tB-NEP\nخان\tI-NEP\n";
        List<GoldSentence> gold = GoldReader.read(new StringReader(text), GoldFormat.BIO);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).tokens()).containsExactly("بغداد", "(", "اے", "ایف", "پی");
        assertThat(gold.get(0).spans()).containsExactly(new Span(0, 1, LOCATION), new Span(2, 5, ORGANIZATION));
        assertThat(gold.get(1).spans()).containsExactly(new Span(0, 2, PERSON));
    }

    @Test
    void splitsIlNerCompoundsOnUnderscoreAndSpreadsTheirTag() throws IOException {
        String text = "اقوام_متحدہ\tB-NEO\nکنونشن\tI-NEO\nقانون_سازی\tO\n_\tO\n";
        GoldSentence s = GoldReader.read(new StringReader(text), GoldFormat.BIO).get(0);
        assertThat(s.tokens()).containsExactly("اقوام", "متحدہ", "کنونشن", "قانون", "سازی", "_");
        assertThat(s.spans()).containsExactly(new Span(0, 3, ORGANIZATION));
    }

    @Test
    void readsIoTaggedBioFiles() throws IOException {
        String text = "Ban\tPER\nKi-moon\tPER\nvisited\tO\nParis\tLOC\n";
        GoldSentence s = GoldReader.read(new StringReader(text), GoldFormat.BIO).get(0);
        assertThat(s.spans()).containsExactly(new Span(0, 2, PERSON), new Span(3, 4, LOCATION));
    }

    @Test
    void readsConll2003WithDocstartAndIob1() throws IOException {
        String text = """
                -DOCSTART- -X- -X- O

                EU NNP I-NP I-ORG
                rejects VBZ I-VP O
                German JJ I-NP I-MISC
                call NN I-NP O
                . . O O

                Peter NNP I-NP I-PER
                Blackburn NNP I-NP I-PER
                Smith NNP I-NP B-PER

                -DOCSTART- -X- -X- O

                Paris NNP B-NP B-LOC
                """;
        List<GoldSentence> gold = GoldReader.read(new StringReader(text), GoldFormat.CONLL2003);
        assertThat(gold).hasSize(3);
        assertThat(gold.get(0).spans()).containsExactly(new Span(0, 1, ORGANIZATION), new Span(2, 3, MISC));
        assertThat(gold.get(1).spans()).containsExactly(new Span(0, 2, PERSON), new Span(2, 3, PERSON));
        assertThat(gold.get(2).spans()).containsExactly(new Span(0, 1, LOCATION));
    }

    @Test
    void parsesFormatNamesAndRejectsUnknownOnes() {
        assertThat(GoldFormat.parse("BIO")).isEqualTo(GoldFormat.BIO);
        assertThat(GoldFormat.parse("conll2003")).isEqualTo(GoldFormat.CONLL2003);
        assertThatThrownBy(() -> GoldFormat.parse("xml")).hasMessageContaining("bio or conll2003");
    }
}
