package uk.tierless.tenancy;

import java.util.List;

/** The tenants folder is not valid: Tierless refuses to start, naming every file and field at fault. */
public class TenantConfigurationException extends RuntimeException {

    private final List<String> problems;

    public TenantConfigurationException(List<String> problems) {
        super("The tenant configuration is not valid, so Tierless will not start:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
