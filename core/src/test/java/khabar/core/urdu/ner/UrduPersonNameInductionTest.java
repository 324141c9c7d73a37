package khabar.core.urdu.ner;

import static org.assertj.core.api.Assertions.assertThat;

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
}
