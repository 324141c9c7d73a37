package khabar.core.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place named in a wire story's dateline, at the start of the body:
 * {@code بغداد (اے ایف پی) –}, {@code BAGHDAD (AFP) —}, {@code ISLAMABAD, July 25 (Reuters) -}.
 */
public final class Datelines {
    /** Place (1–4 words, any script), optional ", date", agency in brackets, then a dash or colon. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([\\p{L}][\\p{L}\\p{M}'’.\\- ]{0,40}?)\\s*(?:[,،][^()\\n]{1,30}?)?\\s*\\(([^()\\n]{1,40})\\)\\s*[-–—:]");
    private static final Pattern PLACE_ONLY = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{Lu}'’.\\- ]{1,40}?)\\s*(?:,[^\\n]{1,30}?)?\\s*[-–—]\\s");

    private Datelines() {
    }

    /** The place of the dateline as the reader sees it (English all-caps made title case), or null. */
    public static String place(String body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        String head = body.length() > 160 ? body.substring(0, 160) : body;
        Matcher m = DATELINE.matcher(head);
        if (!m.find()) {
            m = PLACE_ONLY.matcher(head);
            if (!m.find()) {
                return null;
            }
        }
        String place = m.group(1).strip();
        if (place.split("\\s+").length > 4) {
            return null;
        }
        return isAllCapsLatin(place) ? titleCase(place) : place;
    }

    private static boolean isAllCapsLatin(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (c > 0x024F || Character.isLowerCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
