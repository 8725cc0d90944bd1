package uk.tierless.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Which tier of local government a council is (see docs/architecture.md). */
public enum Tier {
    COUNTY, DISTRICT, UNITARY;

    /** The lower-case word used in tenant files, the database and the API. */
    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Tier fromCode(String code) {
        return Arrays.stream(values())
                .filter(tier -> tier.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a tier: use one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(Tier::code).collect(Collectors.joining(", "));
    }
}
