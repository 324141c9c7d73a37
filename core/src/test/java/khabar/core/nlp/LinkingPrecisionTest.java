package khabar.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import khabar.core.lang.Analyzers;

/**
 * Precision and recall of the places linked by the real analyzers (CoreNLP English, Urdu CRF) and the
 * linker on {@link LinkingFixture}'s sentences, per language; prints the figures and what went wrong.
 */
class LinkingPrecisionTest {
    private static final NlpSettings SETTINGS = NlpSettings.defaults();

    @Test
    void linksThePlacesOfEnglishAndUrduNewsWithHighPrecision() {
        List<LinkingFixture.Case> cases = LinkingFixture.cases();
        LinkingFixture.Score en = score(cases, "en");
        LinkingFixture.Score ur = score(cases, "ur");
        LinkingFixture.Score all = en.plus(ur);
        report("en", en);
        report("ur", ur);
        report("all", all);
        assertThat(cases.stream().filter(c -> c.language().equals("en"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(cases.stream().filter(c -> c.language().equals("ur"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all.precision()).as("precision of linked places").isGreaterThanOrEqualTo(0.95);
        assertThat(en.precision()).as("English precision").isGreaterThanOrEqualTo(0.90);
        assertThat(ur.precision()).as("Urdu precision").isGreaterThanOrEqualTo(0.90);
        assertThat(all.recall()).as("recall of linked places").isGreaterThanOrEqualTo(0.80);
    }

    private static LinkingFixture.Score score(List<LinkingFixture.Case> cases, String language) {
        LinkingFixture.Score s = LinkingFixture.ZERO;
        for (LinkingFixture.Case c : cases) {
            if (c.language().equals(language)) {
                s = s.plus(LinkingFixture.score(c,
                        LinkingFixture.placeIds(Analyzers.forLanguage(language, SETTINGS).analyze(c.sentence()))));
            }
        }
        return s;
    }

    private static void report(String label, LinkingFixture.Score s) {
        System.out.printf("linking %s: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", label, s.precision(),
                s.correct(), s.predicted(), s.recall(), s.correct(), s.gold());
        if (!label.equals("all")) {
            s.wrong().forEach(w -> System.out.println("  wrong: " + w));
            s.misses().forEach(m -> System.out.println("  missed: " + m));
        }
    }
}
