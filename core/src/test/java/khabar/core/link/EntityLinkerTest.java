package khabar.core.link;

import khabar.core.text.EntityType;
import khabar.core.text.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLinkerTest {
    private final EntityLinker linker = EntityLinker.shared();

    @Test
    void linksUrduAndEnglishIraqToOneCountryWithItsEnglishName() {
        Link urdu = linker.link("عراق", "ur", EntityType.LOCATION);
        Link english = linker.link("Iraq", "en", EntityType.LOCATION);

        assertThat(urdu).isEqualTo(english);
        assertThat(urdu).isEqualTo(new Link("iso3166:IQ", "Iraq", "COUNTRY", "IQ"));
    }

    @Test
    void linksUrduNationalityAdjectiveToItsCountry() {
        Link link = linker.link("امریکی", "ur", EntityType.MISC);

        assertThat(link).isEqualTo(new Link("iso3166:US", "United States", "NATIONALITY", "US"));
        assertThat(linker.link("امریکیوں", "ur", null).subtype()).isEqualTo("NATIONALITY");
        assertThat(linker.link("American", "en", EntityType.MISC).countryCode()).isEqualTo("US");
    }

    @ParameterizedTest
    @CsvSource({"امریکہ,ur", "امریکا,ur", "ریاستہائے متحدہ,ur", "ریاست ہائے متحدہ امریکہ,ur", "U.S.,en", "US,en",
            "USA,en", "United States,en", "the United States,en", "America,en"})
    void linksNewsNamesOfTheUnitedStates(String mention, String language) {
        assertThat(linker.link(mention, language, EntityType.LOCATION).kbId()).isEqualTo("iso3166:US");
    }

    @Test
    void linksBaghdadInBothLanguagesToOneCityInIraq() {
        Link urdu = linker.link("بغداد", "ur", EntityType.LOCATION);

        assertThat(linker.link("Baghdad", "en", EntityType.LOCATION)).isEqualTo(urdu);
        assertThat(urdu).isEqualTo(new Link("city:IQ:baghdad", "Baghdad", "CITY", "IQ"));
    }

    @ParameterizedTest
    @CsvSource({"تہران,ur,city:IR:tehran,IR", "Tehran,en,city:IR:tehran,IR", "کراچی,ur,city:PK:karachi,PK",
            "غزہ,ur,city:PS:gaza,PS", "واشنگٹن,ur,city:US:washington,US", "Washington,en,city:US:washington,US",
            "دمشق,ur,city:SY:damascus,SY", "Bagdad,fr,city:IQ:baghdad,IQ"})
    void linksCitiesToTheirCountry(String mention, String language, String kbId, String country) {
        Link link = linker.link(mention, language, EntityType.LOCATION);

        assertThat(link.kbId()).isEqualTo(kbId);
        assertThat(link.countryCode()).isEqualTo(country);
        assertThat(link.subtype()).isEqualTo("CITY");
    }

    @Test
    void dropsTheEnglishArticleAndFullStops() {
        assertThat(linker.link("the U.K.", "en", EntityType.LOCATION).kbId()).isEqualTo("iso3166:GB");
        assertThat(linker.link("The Gambia", "en", EntityType.LOCATION).kbId()).isEqualTo("iso3166:GM");
    }

    @Test
    void matchesAcronymsOnlyInCapitals() {
        assertThat(linker.link("us", "en", null)).isEqualTo(Link.NONE);
        assertThat(linker.link("IRAQ", "en", null).kbId()).isEqualTo("iso3166:IQ");
    }

    @Test
    void dropsTheArabicArticleWhenOnlyTheBareNameIsKnown() {
        assertThat(linker.link("الانبار", "ur", EntityType.LOCATION).kbId()).isEqualTo("region:IQ:anbar");
        assertThat(linker.link("انبار", "ur", EntityType.LOCATION).kbId()).isEqualTo("region:IQ:anbar");
        assertThat(linker.link("الشام", "ur", EntityType.LOCATION).kbId()).isEqualTo("iso3166:SY");
        assertThat(linker.link("العراق", "ar", EntityType.LOCATION).kbId()).isEqualTo("iso3166:IQ");
    }

    @Test
    void matchesUrduWrittenWithArabicLettersAndDiacritics() {
        assertThat(linker.link("تهران", "ur", EntityType.LOCATION).kbId()).isEqualTo("city:IR:tehran"); // Arabic heh
        assertThat(linker.link("كراچی", "ur", EntityType.LOCATION).kbId()).isEqualTo("city:PK:karachi"); // Arabic kaf
        assertThat(linker.link("امّان", "ur", EntityType.LOCATION).kbId()).isEqualTo("city:JO:amman"); // shadda
        assertThat(linker.link("دیرالزور", "ur", EntityType.LOCATION).kbId()).isEqualTo("region:SY:deir-ez-zor");
    }

    @Test
    void linksCuratedPlacesThatCldrLacks() {
        assertThat(linker.link("عین الاسد", "ur", EntityType.LOCATION))
                .isEqualTo(new Link("site:IQ:ain-al-asad", "Ain al-Asad", "SITE", "IQ"));
        assertThat(linker.link("دیر الزور", "ur", EntityType.LOCATION))
                .isEqualTo(new Link("region:SY:deir-ez-zor", "Deir ez-Zor", "REGION", "SY"));
        assertThat(linker.link("Deir ez-Zor", "en", EntityType.LOCATION).kbId()).isEqualTo("region:SY:deir-ez-zor");
    }

    @ParameterizedTest
    @CsvSource({"Irak,de", "Ирак,ru", "伊拉克,zh", "इराक,hi", "Irak,tr", "Irak,es", "عراق,fa"})
    void linksCountryNamesOfOtherLanguages(String mention, String language) {
        assertThat(linker.link(mention, language, EntityType.LOCATION).kbId()).isEqualTo("iso3166:IQ");
    }

    @Test
    void prefersTheCountryOverTheCityOfTheSameName() {
        assertThat(linker.link("Kuwait", "en", EntityType.LOCATION).kbId()).isEqualTo("iso3166:KW");
    }

    @Test
    void neverLinksPersonsOrOrganizationsToPlaces() {
        assertThat(linker.link("Jordan", "en", EntityType.PERSON)).isEqualTo(Link.NONE);
        assertThat(linker.link("Jordan", "en", EntityType.ORGANIZATION)).isEqualTo(Link.NONE);
        assertThat(linker.link("Jordan", "en", EntityType.LOCATION).kbId()).isEqualTo("iso3166:JO");
    }

    @Test
    void returnsNoneForUnknownNames() {
        assertThat(linker.link("Xyzzy", "en", EntityType.LOCATION)).isEqualTo(Link.NONE);
        assertThat(linker.link("", "en", EntityType.LOCATION)).isEqualTo(Link.NONE);
        assertThat(linker.link(null, "en", EntityType.LOCATION)).isEqualTo(Link.NONE);
        assertThat(linker.link("۔", "ur", EntityType.LOCATION)).isEqualTo(Link.NONE);
        assertThat(linker.link("عراق عراق", "ur", EntityType.LOCATION)).isEqualTo(Link.NONE);
    }

    @Test
    void acceptsLanguageTagsAndUnknownLanguage() {
        assertThat(linker.link("Iraq", "en-US", EntityType.LOCATION).kbId()).isEqualTo("iso3166:IQ");
        assertThat(linker.link("Iraq", null, EntityType.LOCATION).kbId()).isEqualTo("iso3166:IQ");
        assertThat(linker.link("عراق", "und", EntityType.LOCATION).kbId()).isEqualTo("iso3166:IQ");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() {
        String[] mentions = {"عراق", "Iraq", "امریکی", "بغداد", "U.S.", "Xyzzy", "دیر الزور", "Irak"};
        java.util.List<Link> once = java.util.Arrays.stream(mentions).map(m -> linker.link(m, "ur", null)).toList();

        java.util.stream.IntStream.range(0, 2_000).parallel().forEach(i -> {
            int k = i % mentions.length;
            assertThat(linker.link(mentions[k], "ur", null)).isEqualTo(once.get(k));
        });
    }

    @Test
    void isOneInstancePerJvm() {
        assertThat(EntityLinker.shared()).isSameAs(linker);
    }
}
