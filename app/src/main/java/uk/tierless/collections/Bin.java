package uk.tierless.collections;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bin streams a district collects, by the codes the import and the API use. */
public enum Bin {
    GENERAL("general", "General waste"),
    RECYCLING("recycling", "Recycling"),
    GARDEN("garden", "Garden waste"),
    FOOD("food", "Food waste");

    private final String code;
    private final String label;

    Bin(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** As residents read it: "Recycling". */
    public String label() {
        return label;
    }

    public static Optional<Bin> fromCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(bin -> bin.code.equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "general, recycling, garden or food". */
    static String codes() {
        String all = Arrays.stream(values()).map(Bin::code).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
