package khabar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import khabar.core.event.EventInput;
import khabar.core.lang.Analyzers;
import khabar.core.nlp.NlpSettings;
import khabar.core.text.Analysis;
import khabar.core.text.Sentence;
import khabar.core.text.TextAnalyzer;

/** The sample bodies of a language analysed once with the job's analyzer (tokens, NER, links): kernel inputs. */
final class AnalysedSamples {
    final List<String> texts;
    final List<Analysis> analyses = new ArrayList<>();
    final int tokens;

    AnalysedSamples(String language) {
        texts = SampleTexts.bodies().get(language);
        TextAnalyzer analyzer = Analyzers.forLanguage(language, NlpSettings.defaults());
        int n = 0;
        for (String t : texts) {
            Analysis a = analyzer.analyze(t);
            analyses.add(a);
            for (Sentence s : a.sentences()) {
                n += s.tokens().size();
            }
        }
        tokens = n;
    }

    List<EventInput> eventInputs(String language) {
        List<EventInput> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Analysis a = analyses.get(i);
            out.add(new EventInput(language, texts.get(i), a.sentences(), a.mentions(), LocalDate.of(2024, 7, 26),
                    LocalDate.of(2024, 7, 26), null, null));
        }
        return out;
    }
}
