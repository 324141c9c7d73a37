package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import khabar.core.text.EntityType;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;
import khabar.core.urdu.UrduNormalizer;
import khabar.core.urdu.UrduSentenceSplitter;

class UrduNerSeedTest {
    /** The seed's organizations; a place inside one of them (عراق in عراق کی اسلامی مزاحمت) belongs to it. */
    private static final List<String> ORGANIZATIONS = List.of("اے ایف پی", "حماس",
            "سیریئن آبزرویٹری فار ہیومن رائٹس", "امریکی محکمہ دفاع", "عراق کی اسلامی مزاحمت");

    private static String seed;
    private static List<Sentence> sentences;
    private static List<Mention> mentions;

    @BeforeAll
    static void tagSeed() throws IOException {
        try (InputStream in = UrduNerSeedTest.class.getResourceAsStream("/seed-ur.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sentences = UrduSentenceSplitter.standard().split(seed);
        mentions = UrduNer.get().mentions(seed, sentences);
    }

    @Test
    void findsEverySeedPlaceWholeAsLocation() {
        for (String place : List.of("عراق", "شام", "بغداد", "عین الاسد", "الانبار", "دیر الزور", "واشنگٹن", "تہران",
                "اردن", "غزہ", "اسرائیل", "برطانیہ")) {
            assertEveryOccurrenceTagged(place, EntityType.LOCATION);
        }
    }

    @Test
    void findsEverySeedOrganizationWholeAsOrganization() {
        for (String org : ORGANIZATIONS) {
            assertEveryOccurrenceTagged(org, EntityType.ORGANIZATION);
        }
    }

    @Test
    void givesMentionsTheirSourceTextOffsetsAndExtractor() {
        assertThat(mentions).isNotEmpty().allSatisfy(m -> {
            assertThat(m.text()).isEqualTo(seed.substring(m.charBegin(), m.charEnd()));
            assertThat(m.extractor()).isEqualTo(UrduNer.EXTRACTOR);
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.tokenEnd()).isGreaterThan(m.tokenBegin());
        });
        Mention afp = mentions.stream().filter(m -> m.text().equals("اے ایف پی")).findFirst().orElseThrow();
        assertThat(afp.normalized()).isEqualTo("اے ایف پی");
    }

    private static void assertEveryOccurrenceTagged(String name, EntityType type) {
        String[] words = UrduNormalizer.normalize(name).split(" ");
        int occurrences = 0;
        for (Sentence s : sentences) {
            List<String> forms = new ArrayList<>();
            for (Token t : s.tokens()) {
                forms.add(t.normalized());
            }
            for (int i = 0; i + words.length <= forms.size(); i++) {
                if (forms.subList(i, i + words.length).equals(List.of(words))) {
                    occurrences++;
                    int begin = i;
                    if (insideSeedOrganization(s.index(), begin, begin + words.length)) {
                        continue;
                    }
                    assertThat(mentions)
                            .as("%s at token %d of sentence %d", name, i, s.index())
                            .anySatisfy(m -> {
                                assertThat(m.sentenceIndex()).isEqualTo(s.index());
                                assertThat(m.tokenBegin()).isEqualTo(begin);
                                assertThat(m.tokenEnd()).isEqualTo(begin + words.length);
                                assertThat(m.type()).isEqualTo(type);
                            });
                }
            }
        }
        assertThat(occurrences).as("occurrences of %s in the seed", name).isPositive();
    }

    private static boolean insideSeedOrganization(int sentence, int begin, int end) {
        return mentions.stream().anyMatch(m -> m.sentenceIndex() == sentence && m.tokenBegin() <= begin
                && end <= m.tokenEnd() && m.tokenEnd() - m.tokenBegin() > end - begin
                && m.type() == EntityType.ORGANIZATION && ORGANIZATIONS.contains(m.normalized()));
    }
}
