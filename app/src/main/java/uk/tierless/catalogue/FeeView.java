package uk.tierless.catalogue;

/** A fee as the API shows it in GET /api/v1/services/{code}: {code, name, amount}. */
public record FeeView(String code, String name, long amount) {
}
