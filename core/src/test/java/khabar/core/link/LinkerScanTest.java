package khabar.core.link;

import khabar.core.text.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LinkerScanTest {
    private final EntityLinker linker = EntityLinker.shared();

    @Test
    void findsCountriesAndNationalityInTheSeedHeadline() throws IOException {
        List<Token> tokens = TestTokens.tokenize(seed().lines().findFirst().orElseThrow());

        List<LinkedSpan> spans = linker.findAll(tokens, "ur");

        assertThat(spans).extracting(s -> TestTokens.text(tokens, s.tokenBegin(), s.tokenEnd()), s -> s.link().kbId(), LinkedSpan::subtype)
                .containsExactly(
                        tuple("عراق", "iso3166:IQ", LinkSubtype.COUNTRY),
                        tuple("شام", "iso3166:SY", LinkSubtype.COUNTRY),
                        tuple("امریکی", "iso3166:US", LinkSubtype.NATIONALITY));
    }

    @Test
    void findsThePlacesOfTheSeedStory() throws IOException {
        List<Token> tokens = TestTokens.tokenize(seed());

        List<String> found = linker.findAll(tokens, "ur").stream()
                .map(s -> TestTokens.text(tokens, s.tokenBegin(), s.tokenEnd()) + "=" + s.link().kbId()).distinct().toList();

        assertThat(found).containsExactlyInAnyOrder("عراق=iso3166:IQ", "شام=iso3166:SY", "امریکی=iso3166:US",
                "بغداد=city:IQ:baghdad", "غزہ=city:PS:gaza", "اسرائیل=iso3166:IL", "فلسطینی=iso3166:PS",
                "عراقی=iso3166:IQ", "الانبار=region:IQ:anbar", "عین الاسد=site:IQ:ain-al-asad",
                "ریاستہائے متحدہ=iso3166:US", "برطانیہ=iso3166:GB", "دیر الزور=region:SY:deir-ez-zor", "ایران=iso3166:IR");
    }

    @Test
    void nationalityAdjectiveDoesNotSwallowTheFollowingNoun() {
        List<Token> tokens = TestTokens.tokenize("امریکی محکمہ دفاع نے کہا");

        assertThat(linker.findAll(tokens, "ur")).singleElement()
                .satisfies(s -> {
                    assertThat(s.tokenBegin()).isZero();
                    assertThat(s.tokenEnd()).isEqualTo(1);
                    assertThat(s.normalized()).isEqualTo("امریکی");
                });
    }

    @Test
    void prefersTheLongestName() {
        List<Token> urdu = TestTokens.tokenize("سعودی عرب اور سعودی حکام");
        List<Token> english = TestTokens.words("American", "Samoa", "and", "American", "troops");

        assertThat(linker.findAll(urdu, "ur")).extracting(LinkedSpan::tokenBegin, LinkedSpan::tokenEnd, LinkedSpan::subtype)
                .containsExactly(tuple(0, 2, LinkSubtype.COUNTRY), tuple(3, 4, LinkSubtype.NATIONALITY));
        assertThat(linker.findAll(english, "en")).extracting(s -> s.link().kbId(), LinkedSpan::tokenEnd)
                .containsExactly(tuple("iso3166:AS", 2), tuple("iso3166:US", 4));
    }

    @Test
    void readsEnglishNamesOnlyWhenCapitalised() {
        List<Token> tokens = TestTokens.words("They", "told", "us", "Turkey", "sells", "turkey", "to", "the", "U.S.");

        assertThat(linker.findAll(tokens, "en")).extracting(s -> s.link().kbId(), LinkedSpan::tokenBegin)
                .containsExactly(tuple("iso3166:TR", 3), tuple("iso3166:US", 8));
    }

    @Test
    void crossesHyphenTokensButNotCommas() {
        List<Token> hyphen = TestTokens.words("Guinea", "-", "Bissau");
        List<Token> comma = TestTokens.words("Saudi", ",", "Arabia");

        assertThat(linker.findAll(hyphen, "en")).extracting(s -> s.link().kbId(), LinkedSpan::tokenEnd)
                .containsExactly(tuple("iso3166:GW", 3));
        assertThat(linker.findAll(comma, "en")).extracting(s -> s.link().kbId(), LinkedSpan::subtype)
                .containsExactly(tuple("iso3166:SA", LinkSubtype.NATIONALITY));
    }

    @Test
    void skipsUrduLookAlikeWords() {
        assertThat(linker.findAll(TestTokens.tokenize("جمعرات کی شام راکٹ داغے گئے"), "ur")).isEmpty();
        assertThat(linker.findAll(TestTokens.tokenize("امن و امان کی صورتحال اور مالی امداد"), "ur")).isEmpty();
        assertThat(linker.findAll(TestTokens.tokenize("مشرقی شام کے صوبہ"), "ur"))
                .extracting(s -> s.link().kbId()).containsExactly("iso3166:SY");
    }

    @Test
    void usesNamesOfTheTextLanguageAndItsNeighboursOnly() {
        // Danish "Island" is Iceland; in English text it is not a place
        assertThat(linker.findAll(TestTokens.words("Island", "life"), "en")).isEmpty();
        // Arabic forms count in Urdu text
        assertThat(linker.findAll(TestTokens.tokenize("العراق"), "ur")).extracting(s -> s.link().kbId())
                .containsExactly("iso3166:IQ");
    }

    @Test
    void returnsNothingForEmptyInput() {
        assertThat(linker.findAll(List.of(), "ur")).isEmpty();
    }

    private static String seed() throws IOException {
        try (InputStream in = LinkerScanTest.class.getResourceAsStream("/khabar/link/seed-000-ur.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
        }
    }
}
