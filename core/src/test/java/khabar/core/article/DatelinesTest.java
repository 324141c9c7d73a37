package khabar.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import khabar.core.Fixtures;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    @Test
    void findsBaghdadInTheSeedsUrduDateline() {
        assertThat(Datelines.place(Fixtures.seedBody())).isEqualTo("بغداد");
    }

    @Test
    void findsEnglishDatelinesWithAndWithoutADate() {
        assertThat(Datelines.place("BAGHDAD (AFP) — Rockets were fired")).isEqualTo("Baghdad");
        assertThat(Datelines.place("ISLAMABAD, July 25 (Reuters) - Pakistan said")).isEqualTo("Islamabad");
        assertThat(Datelines.place("DEIR EZ-ZOR, Syria (AP) — A drone")).isEqualTo("Deir Ez-Zor");
        assertThat(Datelines.place("NEW YORK — Markets fell")).isEqualTo("New York");
    }

    @Test
    void findsNoDatelineInOrdinaryProse() {
        assertThat(Datelines.place("The minister said on Tuesday (local time) - in a statement - that")).isNull();
        assertThat(Datelines.place("")).isNull();
        assertThat(Datelines.place(null)).isNull();
    }
}
