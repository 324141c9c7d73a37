package khabar.core.link;

import khabar.core.text.Token;

import java.util.Arrays;
import java.util.List;

/**
 * A text as normalized pieces, each remembering its token: a token may give several pieces
 * ({@code Guinea-Bissau}), none (a hyphen token, skipped inside names) or a barrier (a comma or a full
 * stop of its own, which no name crosses).
 */
final class PieceSequence {
    private static final String BARRIER = "\u0000";

    private static final byte START = 1;
    private static final byte END = 2;

    private String[] pieces;
    private int[] tokenOf;
    private byte[] flags;
    private int size;

    private PieceSequence(int capacity) {
        pieces = new String[Math.max(4, capacity)];
        tokenOf = new int[pieces.length];
        flags = new byte[pieces.length];
    }

    /** The pieces of a tokenized text; tokens are read from {@link Token#normalized()}, else their text. */
    static PieceSequence ofTokens(List<Token> tokens) {
        PieceSequence s = new PieceSequence(tokens.size() + 4);
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            String text = token.normalized() != null && !token.normalized().isEmpty() ? token.normalized() : token.text();
            List<String> ps = LinkKeys.pieces(text);
            if (ps.isEmpty()) {
                if (!LinkKeys.isJoiner(text)) {
                    s.add(BARRIER, t, true, true);
                }
                continue;
            }
            for (int i = 0; i < ps.size(); i++) {
                s.add(ps.get(i), t, i == 0, i == ps.size() - 1);
            }
        }
        return s;
    }

    /** The pieces of one mention, every piece a token of its own. */
    static PieceSequence ofPieces(List<String> pieces) {
        PieceSequence s = new PieceSequence(pieces.size());
        for (String p : pieces) {
            s.add(p, 0, true, true);
        }
        return s;
    }

    private void add(String piece, int token, boolean start, boolean end) {
        if (size == pieces.length) {
            pieces = Arrays.copyOf(pieces, size * 2);
            tokenOf = Arrays.copyOf(tokenOf, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        pieces[size] = piece;
        tokenOf[size] = token;
        flags[size] = (byte) ((start ? START : 0) | (end ? END : 0));
        size++;
    }

    int size() {
        return size;
    }

    String piece(int i) {
        return pieces[i];
    }

    int token(int i) {
        return tokenOf[i];
    }

    boolean startsToken(int i) {
        return (flags[i] & START) != 0;
    }

    boolean endsToken(int i) {
        return (flags[i] & END) != 0;
    }

    boolean isBarrier(int i) {
        return pieces[i] == BARRIER;
    }

    /**
     * Adds the forms piece {@code i} may match as: itself, the lower case of an acronym, and, for the first
     * piece of a name, the word without a leading Arabic article.
     */
    void forms(int i, boolean first, List<String> out) {
        String p = pieces[i];
        out.add(p);
        String lower = LinkKeys.lowerAlternative(p);
        if (lower != null) {
            out.add(lower);
        }
        if (first) {
            String bare = LinkKeys.withoutArticle(p);
            if (bare != null) {
                out.add(bare);
            }
        }
    }
}
