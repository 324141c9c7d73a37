package khabar.core.read;

/** Archive entry names: which are safe to name in an origin, and how they are written there. */
final class EntryNames {
    private EntryNames() {
    }

    /** Whether a name is relative and never climbs out ({@code ..}), without NUL or drive letters. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Hidden entries: a segment starting with "." (not "./" or "..") or "__MACOSX". */
    static boolean hidden(String name) {
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("__MACOSX") || (segment.startsWith(".") && !segment.equals(".") && !segment.equals(".."))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as written into an origin: backslashes as slashes, leading slashes and "./" dropped, dot
     * segments and characters that are not printable percent-encoded, so an origin never climbs out.
     */
    static String forOrigin(String name) {
        String n = name.replace('\\', '/');
        StringBuilder b = new StringBuilder();
        for (String segment : n.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (b.length() > 0) {
                b.append('/');
            }
            if (segment.equals("..")) {
                b.append("%2E%2E");
                continue;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || c == 0x7F || c == '%') {
                    b.append(String.format("%%%02X", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
