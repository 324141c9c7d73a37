package khabar.core.ner;

import static khabar.core.text.EntityType.LOCATION;
import static khabar.core.text.EntityType.ORGANIZATION;
import static khabar.core.text.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TagsTest {
    @Test
    void decodesIob2WithIlNerNames() {
        assertThat(Tags.decode(List.of("B-NEP", "I-NEP", "O", "B-NEL", "B-NEL", "I-NEO")))
                .containsExactly(new Span(0, 2, PERSON), new Span(3, 4, LOCATION), new Span(4, 5, LOCATION),
                        new Span(5, 6, ORGANIZATION));
    }

    @Test
    void decodesIob1WhereIStartsAnEntityAndBSplitsTwoOfOneType() {
        assertThat(Tags.decode(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")))
                .containsExactly(new Span(0, 2, PERSON), new Span(2, 3, PERSON), new Span(4, 5, LOCATION));
    }

    @Test
    void decodesIoTagsWithoutPrefix() {
        assertThat(Tags.decode(List.of("PERSON", "PERSON", "O", "LOCATION", "ORGANIZATION")))
                .containsExactly(new Span(0, 2, PERSON), new Span(3, 4, LOCATION), new Span(4, 5, ORGANIZATION));
    }

    @Test
    void treatsMalformedAndUnknownTagsAsOutside() {
        assertThat(Tags.decode(List.of("-", "-NEL", "NET", "NIMI", "B-NEAR", "I-NEAR", "B-NEL")))
                .containsExactly(new Span(6, 7, LOCATION));
    }

    @Test
    void encodesSpansAsIob2() {
        assertThat(Tags.encodeIob2(4, List.of(new Span(1, 3, PERSON))))
                .containsExactly("O", "B-PERSON", "I-PERSON", "O");
    }
}
