package uk.tierless.ratelimits;

import uk.tierless.platform.TierlessConfig;

/** The named limits, each with its allowance in {@code tierless.rate-limits} and what a person is told over it. */
public enum Limit {

    SUBMISSIONS("submissions", "You have sent a lot of requests in a short time."),
    PHOTOS("photos", "You have uploaded a lot of photos in a short time."),
    TRACKING("tracking", "You have looked up a lot of requests in a short time."),
    /** Counted for the reference looked up, whoever looks: guesses spread over many clients are capped too. */
    TRACKING_PER_REFERENCE("tracking-per-reference", "This reference has been looked up many times in a short time."),
    /** Open311's reads, which need no key: each can read up to 1,000 requests. */
    OPEN311_READS("open311-reads", "You have read a lot of requests in a short time.");

    private final String code;
    private final String explanation;

    Limit(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    /** The limit's name in the counters table. */
    public String code() {
        return code;
    }

    String explanation() {
        return explanation;
    }

    int allowance(TierlessConfig.RateLimits config) {
        return switch (this) {
            case SUBMISSIONS -> config.submissions();
            case PHOTOS -> config.photos();
            case TRACKING -> config.tracking();
            case TRACKING_PER_REFERENCE -> config.trackingPerReference();
            case OPEN311_READS -> config.open311Reads();
        };
    }
}
