package uk.tierless.tenancy;

import java.util.List;

/**
 * A feature's check of the tenants folder against what it keeps in the database (the files alone cannot say whether
 * a service code exists). Run on start after the files are read and before anything is written; any problem
 * refuses the start, as a problem in the files does.
 */
public interface TenantConfigurationCheck {

    /** The problems found, each naming its file and field as the files' own problems do. */
    List<String> problemsIn(TenantConfiguration configuration);
}
