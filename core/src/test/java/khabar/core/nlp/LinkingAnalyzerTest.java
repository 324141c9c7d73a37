package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import khabar.core.lang.Analyzers;
import khabar.core.text.Analysis;
import khabar.core.text.EntityType;
import khabar.core.text.Mention;
import org.junit.jupiter.api.Test;

class LinkingAnalyzerTest {
    private static final String TEXT = "Iraqi officials met envoys from the United States in Baghdad on Monday, "
            + "and the Iraqi government said talks in Washington would follow.";

    private final Analysis analysis = Analyzers.forLanguage("en", NlpSettings.defaults()).analyze(TEXT);

    private Mention find(String text) {
        return analysis.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + analysis.mentions()));
    }

    @Test
    void linksPlacesTheNerFoundToLanguageIndependentIds() {
        assertThat(find("Baghdad").link().kbId()).isEqualTo("city:IQ:baghdad");
        assertThat(find("Baghdad").link().countryCode()).isEqualTo("IQ");
        assertThat(find("United States").link().kbId()).isEqualTo("iso3166:US");
        assertThat(find("Washington").link().canonicalName()).isEqualTo("Washington");
    }

    @Test
    void nationalityAdjectivesCarryTheirCountry() {
        Mention iraqi = find("Iraqi");
        assertThat(iraqi.type()).isEqualTo(EntityType.MISC);
        assertThat(iraqi.link().subtype()).isEqualTo("NATIONALITY");
        assertThat(iraqi.link().kbId()).isEqualTo("iso3166:IQ");
    }

    @Test
    void mentionsNeverOverlapAndStayInTextOrder() {
        List<Mention> ms = analysis.mentions();
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).charBegin()).isGreaterThanOrEqualTo(ms.get(i - 1).charEnd());
        }
        ms.forEach(m -> assertThat(TEXT.substring(m.charBegin(), m.charEnd())).isEqualTo(m.text()));
    }

    @Test
    void aPlaceWithAGenericWordInItsSpanIsThatPlace() {
        Mention sindh = Analyzers.forLanguage("en", NlpSettings.defaults())
                .analyze("Floods killed dozens in Karachi and across Sindh province.").mentions().stream()
                .filter(m -> m.text().startsWith("Sindh")).findFirst().orElseThrow();
        assertThat(sindh.link().kbId()).isEqualTo("region:PK:sindh");
        Mention kabul = Analyzers.forLanguage("ur", NlpSettings.defaults())
                .analyze("افغانستان کے دارالحکومت کابل میں دھماکہ ہوا۔").mentions().stream()
                .filter(m -> m.text().endsWith("کابل")).findFirst().orElseThrow();
        assertThat(kabul.link().kbId()).isEqualTo("city:AF:kabul");
    }

    @Test
    void aPersonNamedLikeACountryTakesNoCountry() {
        Mention chad = Analyzers.forLanguage("en", NlpSettings.defaults())
                .analyze("Chad Smith, a lawyer, moved to Atlanta last year.").mentions().stream()
                .filter(m -> m.text().equals("Chad Smith")).findFirst().orElseThrow();
        assertThat(chad.type()).isEqualTo(EntityType.PERSON);
        assertThat(chad.link().countryCode()).isNull();
    }

    @Test
    void anUrduWordThatIsAPlaceOnlyOutOfContextIsNotLinked() {
        Analysis evening = Analyzers.forLanguage("ur", NlpSettings.defaults()).analyze("آج شام وزیر اعظم قوم سے خطاب کریں گے۔");
        assertThat(evening.mentions()).noneMatch(m -> "iso3166:SY".equals(m.link().kbId()));
    }
}
