package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import khabar.core.lang.Analyzers;
import khabar.core.text.Mention;
import org.junit.jupiter.api.Test;

/** Context rules for place names with several readings, through the real analyzers (sentences not in the fixture). */
class PlaceContextTest {
    private static String id(String language, String text, String mention) {
        return Analyzers.forLanguage(language, NlpSettings.defaults()).analyze(text).mentions().stream()
                .filter(m -> m.text().contains(mention) && m.link().isLinked()).map(m -> m.link().kbId())
                .findFirst().orElse(null);
    }

    @Test
    void withoutContextANameKeepsItsUsualReading() {
        assertThat(id("en", "Georgia signed a trade deal with the European Union on Monday.", "Georgia"))
                .isEqualTo("iso3166:GE");
        assertThat(id("ur", "عمان نے تجارتی معاہدے پر دستخط کیے۔", "عمان")).isEqualTo("iso3166:OM");
    }

    @Test
    void aCityOfTheRegionInTheTextChoosesTheRegion() {
        assertThat(id("en", "Thousands rallied in Atlanta and in other cities across Georgia on Saturday.", "Georgia"))
                .isEqualTo("adm1:US:GA");
    }

    @Test
    void theCountryOfTheOtherPlacesChoosesAmongCitiesOfTheSameName() {
        assertThat(id("ur", "اردن کے شاہ نے عمان میں کابینہ کا اجلاس بلایا۔", "عمان")).isEqualTo("city:JO:amman");
        assertThat(id("en", "Lebanese troops were deployed in Tripoli after the clashes.", "Tripoli"))
                .isEqualTo("city:LB:tripoli");
        assertThat(id("en", "Indian farmers in Punjab protested against the new law.", "Punjab")).isEqualTo("adm1:IN:23");
    }

    @Test
    void aKindWordNextToTheNameChoosesRegionOrCity() {
        assertThat(id("en", "Fighting reached Herat province on Tuesday.", "Herat")).isEqualTo("adm1:AF:11");
        assertThat(id("en", "Fighting reached Herat on Tuesday.", "Herat")).isEqualTo("city:AF:herat");
        assertThat(id("ur", "صوبہ ہرات میں لڑائی جاری ہے۔", "ہرات")).isEqualTo("adm1:AF:11");
    }

    @Test
    void aNameThatIsNotAmbiguousIsLeftAlone() {
        Mention baghdad = Analyzers.forLanguage("en", NlpSettings.defaults())
                .analyze("Georgia sent troops to Baghdad in 2004.").mentions().stream()
                .filter(m -> m.text().equals("Baghdad")).findFirst().orElseThrow();
        assertThat(baghdad.link().kbId()).isEqualTo("city:IQ:baghdad");
    }
}
