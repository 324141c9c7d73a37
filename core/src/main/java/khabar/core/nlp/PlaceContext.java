package khabar.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import khabar.core.link.EntityLinker;
import khabar.core.link.GeoPoint;
import khabar.core.text.Link;
import khabar.core.text.Mention;
import khabar.core.text.Sentence;
import khabar.core.text.Token;

/**
 * Chooses among the readings of a place name that names several places ({@link EntityLinker#readings}: Georgia
 * the country or the US state, عمان Oman or Amman, Punjab in Pakistan or in India) by what the text says around
 * it, as a newsroom reader would:
 * <ol>
 *   <li>a kind word next to the name: {@code Kandahar province}, {@code صوبہ قندھار}, {@code Washington state},
 *   {@code امریکی ریاست جارجیا} → the first-level region; {@code the city of Kandahar}, {@code اردن کے دارالحکومت
 *   عمان} → the city (10 points);</li>
 *   <li>the other places and nationalities of the text (the dateline among them), each unambiguous one voting:
 *   a place inside the reading (Atlanta for the state of Georgia) or the region a city reading lies in (Sindh for
 *   Pakistan's Hyderabad) 3 points; a place in the same region 2; the same country 1 (Indian, India, New Delhi
 *   for India's Punjab).</li>
 * </ol>
 * The reading with the most points wins; on a tie the default reading stays (a name's usual reading, e.g. the
 * country Georgia, Perth in Australia), so a text that says nothing keeps the link it had before.
 */
final class PlaceContext {
    static final int CUE = 10;
    static final int INSIDE = 3;
    static final int SAME_REGION = 2;
    static final int SAME_COUNTRY = 1;

    /** A linked place mention with more than one reading: mention index, place tokens in its sentence, readings. */
    record Ambiguous(int index, int placeBegin, int placeEnd, List<Link> readings) {
    }

    private record Evidence(String kbId, String country, String admin1) {
    }

    private enum Cue { NONE, REGION, CITY }

    private PlaceContext() {
    }

    /** Replaces the link of each ambiguous mention of {@code mentions} by its best reading in context. */
    static void resolve(List<Mention> mentions, List<Ambiguous> ambiguous, List<Sentence> sentences,
                        PlaceCues cues, EntityLinker linker) {
        if (ambiguous.isEmpty()) {
            return;
        }
        boolean[] skip = new boolean[mentions.size()];
        for (Ambiguous a : ambiguous) {
            skip[a.index()] = true;
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Link l = mentions.get(i).link();
            if (!skip[i] && (l.isLinked() || l.countryCode() != null)) {
                GeoPoint g = linker.geo(l.kbId());
                evidence.add(new Evidence(l.kbId(), l.countryCode(), g == null ? null : g.admin1()));
            }
        }
        for (Ambiguous a : ambiguous) {
            Mention m = mentions.get(a.index());
            Cue cue = cue(sentences.get(m.sentenceIndex()).tokens(), a.placeBegin(), a.placeEnd(), cues);
            Link best = a.readings().get(0);
            int bestScore = score(best, cue, evidence, linker);
            for (Link r : a.readings().subList(1, a.readings().size())) {
                int s = score(r, cue, evidence, linker);
                if (s > bestScore) {
                    best = r;
                    bestScore = s;
                }
            }
            if (!best.equals(m.link())) {
                mentions.set(a.index(), m.withLink(best));
            }
        }
    }

    private static int score(Link reading, Cue cue, List<Evidence> evidence, EntityLinker linker) {
        GeoPoint g = linker.geo(reading.kbId());
        String feature = g == null ? null : g.feature();
        String region = g == null ? null : g.admin1();
        int s = 0;
        if (cue == Cue.REGION && GeoPoint.ADM1.equals(feature) || cue == Cue.CITY && GeoPoint.CITY.equals(feature)) {
            s += CUE;
        }
        for (Evidence e : evidence) {
            if (reading.kbId().equals(e.admin1()) || region != null && region.equals(e.kbId())) {
                s += INSIDE;
            } else if (region != null && region.equals(e.admin1())) {
                s += SAME_REGION;
            }
            if (e.country() != null && e.country().equals(reading.countryCode())) {
                s += SAME_COUNTRY;
            }
        }
        return s;
    }

    /** The kind word right before the place ({@code صوبہ}, also "city of"), else right after it ({@code province}). */
    private static Cue cue(List<Token> tokens, int begin, int end, PlaceCues cues) {
        Cue before = kind(tokens, begin - 1, cues);
        if (before == Cue.NONE && begin >= 2 && cues.ofWords().contains(word(tokens, begin - 1))) {
            before = kind(tokens, begin - 2, cues);
        }
        return before != Cue.NONE ? before : kind(tokens, end, cues);
    }

    private static Cue kind(List<Token> tokens, int at, PlaceCues cues) {
        if (at < 0 || at >= tokens.size()) {
            return Cue.NONE;
        }
        String w = word(tokens, at);
        return cues.regionWords().contains(w) ? Cue.REGION : cues.cityWords().contains(w) ? Cue.CITY : Cue.NONE;
    }

    private static String word(List<Token> tokens, int at) {
        return tokens.get(at).normalized().toLowerCase(Locale.ROOT);
    }
}
