package uk.tierless.tenancy;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * A feature's part of a council's files: a key of {@code tenant.yaml} (such as {@code identity}) or a further file
 * of the council's folder (such as {@code services.yaml}). Tenancy reads the YAML and hands each section its part;
 * the feature checks it, reporting each problem with its field, and keeps the valid result to answer for it. The
 * sections are the beans implementing this; a folder with any problem is refused as a whole.
 *
 * @param <T> what the section reads into: a record whose components are the section's keys
 */
public interface CouncilFileSection<T> {

    /** An https:// address, as councils' websites and pages are written. */
    Pattern HTTPS_ADDRESS = Pattern.compile("https://[^\\s/]+\\.[^\\s]+");
    /** The name of an environment variable: secrets are named in the files, never written there. */
    Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    /** The key in tenant.yaml, or the name of the file (ending {@code .yaml}) in the council's folder. */
    String name();

    /** The type the section reads into; unknown keys are refused as in the rest of the files. */
    Class<T> type();

    /** Whether the section is a file of its own rather than a key of tenant.yaml. */
    default boolean isFile() {
        return name().endsWith(".yaml");
    }

    /**
     * Checks one council's section, present in its files, and returns what to keep of it. Only councils whose files
     * could be read are checked.
     */
    T check(String council, T section, Problems problems);

    /** Checks the sections of all councils together (such as a value no two councils may share), by council. */
    default void checkAcross(SortedMap<String, T> sections, Problems problems) {
    }

    /** Keeps the checked sections, by council, once the whole folder is valid; councils without one are absent. */
    void use(Map<String, T> sections);

    /** Where a section reports what is wrong: each problem names the council's file and the field at fault. */
    interface Problems {

        /** A problem with a field of the council's file holding this section ({@code field} null for the file). */
        void add(String council, String field, String message);

        /** A problem with a field of the council's tenant.yaml, for a rule that spans it and this section. */
        void addToTenantFile(String council, String field, String message);

        /** The council's file holding this section, as the problems name it (such as tenants/tamworth/tenant.yaml). */
        String fileOf(String council);

        /** The council's tenant.yaml, if it could be read. */
        Optional<TenantDefinition> tenantFileOf(String council);

        default void required(String council, String field, String value) {
            if (blank(value)) {
                add(council, field, "is missing");
            }
        }

        default void matches(String council, String field, String value, Pattern pattern, String expected) {
            if (blank(value)) {
                add(council, field, "is missing: it must be " + expected);
            } else if (!pattern.matcher(value).matches()) {
                add(council, field, "'" + value + "' must be " + expected);
            }
        }

        static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
