package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UrduPersonNameInductionTest {
    @Test
    void readsTheNameBetweenATitleAndAPostpositionAndKeepsWhatRecurs() {
        UrduPersonNameInduction induction = new UrduPersonNameInduction(UrduGazetteers.load());
        for (int i = 0; i < 3; i++) {
            induction.add("وزیر اعلیٰ پنجاب زرتاش گلستان نے کہا کہ بجٹ پیش ہوگا ۔");
            induction.add("اداکارہ زرتاش گلستان کی نئی فلم آج ریلیز ہوئی ۔");
        }
        induction.add("جج قمرالزماں کا فیصلہ آ گیا ۔");

        assertThat(induction.names(3)).extracting(Map.Entry::getKey).containsExactly("زرتاش گلستان");
        // counted once per line: six lines name her
        assertThat(induction.names(3).get(0).getValue()).isEqualTo(6);
        assertThat(induction.names(1)).extracting(Map.Entry::getKey).contains("قمرالزماں");
        assertThat(induction.personWords(3, 0.3)).containsExactly("زرتاش", "گلستان");
        assertThat(induction.fullNames(3, 0.3)).containsExactly("زرتاش گلستان");
    }

    @Test
    void aCommonWordAfterATitleIsNotANameWord() {
        UrduPersonNameInduction induction = new UrduPersonNameInduction(UrduGazetteers.load());
        for (int i = 0; i < 4; i++) {
            induction.add("وزیر اطلاعات نے پریس کانفرنس کی ۔");
        }
        for (int i = 0; i < 20; i++) {
            induction.add("اطلاعات کے مطابق بارش ہوگی ۔");
        }
        assertThat(induction.names(3)).extracting(Map.Entry::getKey).containsExactly("اطلاعات");
        assertThat(induction.personWords(3, 0.3)).isEmpty();
    }

    @Test
    void aNameTheShippedInducedListHasIsInducedAgainSoARerunReproducesTheList() {
        // a name of induced/person-names.txt: a known PERSON of the shipped lists
        List<String> name = List.of("آصف", "علی", "زرداری");
        assertThat(UrduGazetteers.load().matchKnown(name)).isNotEmpty();
        assertThat(UrduGazetteers.withoutInduced().matchKnown(name)).isEmpty();

        UrduPersonNameInduction induction = new UrduPersonNameInduction(UrduGazetteers.withoutInduced());
        for (int i = 0; i < 3; i++) {
            induction.add("صدر آصف علی زرداری نے کہا کہ انتخابات وقت پر ہوں گے ۔");
        }
        assertThat(induction.names(3)).extracting(Map.Entry::getKey).containsExactly("آصف علی زرداری");

        // read with the induced lists, the name is a known name and nothing is induced: the bug this guards
        UrduPersonNameInduction circular = new UrduPersonNameInduction(UrduGazetteers.load());
        for (int i = 0; i < 3; i++) {
            circular.add("صدر آصف علی زرداری نے کہا کہ انتخابات وقت پر ہوں گے ۔");
        }
        assertThat(circular.names(3)).isEmpty();
    }
}
