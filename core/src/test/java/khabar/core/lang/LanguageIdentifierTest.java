package khabar.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import khabar.core.Fixtures;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = LanguageIdentifier.shared();

    @Test
    void identifiesTheUrduSeedAsUrdu() {
        LanguageGuess g = id.identify(Fixtures.seedBody());
        assertThat(g.language()).isEqualTo("ur");
        assertThat(g.score()).isGreaterThan(0.5);
    }

    @Test
    void identifiesEnglishWireCopy() {
        assertThat(id.identify("Rockets were fired at two bases hosting U.S. troops in Iraq and Syria on "
                + "Thursday and Friday, security officials and a war monitor said.").language()).isEqualTo("en");
    }

    @Test
    void tellsArabicFromUrdu() {
        assertThat(id.identify("قال مسؤولون أمنيون إن عدة صواريخ أطلقت على قواعد تستضيف قوات أمريكية في العراق "
                + "وسوريا يومي الخميس والجمعة، وفق ما أفاد مرصد الحرب.").language()).isEqualTo("ar");
    }

    @Test
    void identifiesFrenchThroughTheModel() {
        LanguageGuess g = id.identify("Le président a déclaré jeudi que les négociations avec les syndicats "
                + "reprendraient la semaine prochaine à Paris, selon plusieurs sources gouvernementales.");
        assertThat(g.language()).isEqualTo("fr");
        assertThat(g.method()).isEqualTo("opennlp");
    }

    @Test
    void saysUndeterminedForTooLittleText() {
        assertThat(id.identify("OK 42").language()).isEqualTo("und");
        assertThat(id.identify("").language()).isEqualTo("und");
        assertThat(id.identify(null).language()).isEqualTo("und");
    }
}
