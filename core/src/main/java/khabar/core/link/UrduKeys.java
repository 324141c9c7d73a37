package khabar.core.link;

/** The one place where the linker calls the project's Urdu normalizer. */
final class UrduKeys {
    private UrduKeys() {
    }

    static String normalize(String s) {
        return InterimUrduNormalizer.normalize(s);
    }
}
