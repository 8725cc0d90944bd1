package uk.tierless.open311;

/**
 * The two GeoReport v2 endpoints: production files real requests; the sandbox ({@code /open311/test/v2}) answers the
 * same questions but files nothing, so a client can be tried against it.
 */
public enum Endpoint {
    PRODUCTION("v2"), TEST("test/v2");

    /** The JAX-RS path pattern matching either, for {@code @Path("{endpoint: ...}/services...")}. */
    public static final String PATHS = "v2|test/v2";

    private final String segment;

    Endpoint(String segment) {
        this.segment = segment;
    }

    /** The endpoint's path, without a trailing slash. */
    public String path() {
        return Open311Errors.BASE + segment;
    }

    public static Endpoint of(String segment) {
        return segment.equals(TEST.segment) ? TEST : PRODUCTION;
    }
}
