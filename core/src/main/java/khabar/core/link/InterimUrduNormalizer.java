package khabar.core.link;

import java.text.Normalizer;

/**
 * Stand-in for {@code khabar.core.urdu.UrduNormalizer.normalize(String)} until it reaches main; same
 * contract. To be deleted then.
 */
final class InterimUrduNormalizer {
    private InterimUrduNormalizer() {
    }

    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u064A', '\u0649' -> b.append('\u06CC');
                case '\u0643' -> b.append('\u06A9');
                case '\u0647' -> b.append('\u06C1');
                case '\u0629' -> b.append('\u06C3');
                case '\u00A0' -> b.append(' ');
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        b.append((char) ('0' + c - '\u0660'));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        b.append((char) ('0' + c - '\u06F0'));
                    } else if (!(c >= '\u064B' && c <= '\u065F') && c != '\u0670' && c != '\u0640'
                            && !(c >= '\u200B' && c <= '\u200F') && !(c >= '\u202A' && c <= '\u202E')
                            && !(c >= '\u2066' && c <= '\u2069') && c != '\uFEFF') {
                        b.append(c);
                    }
                }
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }
}
