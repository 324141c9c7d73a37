package khabar.core.event;

/**
 * One code of the CAMEO codebook (Schrodt 2012) as khabar uses it.
 *
 * @param code       the CAMEO code: 3 digits ({@code 190}), or 4 for a sub-code ({@code 0871})
 * @param root       its two-digit root code, {@code 01}..{@code 20}
 * @param label      a short English label
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  the Goldstein (1992) score of the code, -10..10
 */
public record CameoCode(String code, String root, String label, int quadClass, double goldstein) {
    public CameoCode {
        if (code == null || !code.matches("\\d{3,4}") || !code.startsWith(root)) {
            throw new IllegalArgumentException("bad CAMEO code " + code + " for root " + root);
        }
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("CAMEO root out of 01..20: " + root);
        }
        if (quadClass != quadClassOf(r)) {
            throw new IllegalArgumentException("QuadClass of root " + root + " is " + quadClassOf(r) + ", not " + quadClass);
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein score out of -10..10: " + goldstein);
        }
    }

    /** The QuadClass of a root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
    public static int quadClassOf(int root) {
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
}
