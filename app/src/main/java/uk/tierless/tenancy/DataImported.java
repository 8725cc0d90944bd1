package uk.tierless.tenancy;

/**
 * An import of this kind ({@code onspd}, {@code addresses}, {@code boundaries}...) committed, on this instance or
 * another; {@code kind} is null for any kind (the listener lost its connection and may have missed one).
 */
public record DataImported(String kind) {

    public boolean is(String importKind) {
        return kind == null || kind.equals(importKind);
    }
}
