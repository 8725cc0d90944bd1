package uk.tierless.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.imports.ColumnType;
import uk.tierless.imports.CsvFile;
import uk.tierless.imports.ImportProgress;
import uk.tierless.imports.Importer;
import uk.tierless.imports.ShrinkGuard;
import uk.tierless.tenancy.CouncilRegister;
import uk.tierless.tenancy.Tier;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The register of every council, member or not, in the layout of mySociety's register (ops/demo/councils.csv):
 * {@code gss-code}, {@code official-name}, {@code nice-name}, {@code local-authority-type}, {@code gov-uk-slug},
 * {@code county_gss_code}, and {@code website} if the register has it. Councils that are members are configured in
 * tenants/ and left as they are; the others are created or brought up to date. A GSS code that is missing or
 * malformed, or a county code or slug that is malformed, fails the import; a row without a slug or names, or of a
 * type Tierless does not know, is rejected. It removes no council, so a shorter register loses nothing and the {@link ShrinkGuard} has nothing to
 * guard.
 */
@ApplicationScoped
public class CouncilRegisterImporter implements Importer {

    private static final ColumnType<String> SLUG = ColumnType.matching(
            "a gov.uk slug (lower-case words joined by hyphens, such as tamworth)", "[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, Tier> TIERS = Map.of("CTY", Tier.COUNTY, "NMD", Tier.DISTRICT,
            "UA", Tier.UNITARY, "MD", Tier.UNITARY, "LBO", Tier.UNITARY, "CC", Tier.UNITARY, "SCO", Tier.UNITARY,
            "WPA", Tier.UNITARY, "NID", Tier.UNITARY);

    @Inject
    CouncilRegister register;

    @Override
    public String kind() {
        return "councils";
    }

    @Override
    public void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        CsvFile csv = new CsvFile(file, "a council register with a header row");
        String gssColumn = csv.require("the GSS code", "gss-code", "gss");
        String nameColumn = csv.require("the official name", "official-name");
        String shortColumn = csv.require("the short name", "nice-name");
        String typeColumn = csv.require("the type (CTY, NMD, UA, MD, LBO)", "local-authority-type");
        String slugColumn = csv.require("the gov.uk slug", "gov-uk-slug");
        String countyColumn = csv.column("county_gss_code").orElse(null);
        String websiteColumn = csv.column("website").orElse(null);
        List<CouncilRegister.Entry> entries = new ArrayList<>();
        csv.forEachRow((row, line) -> {
            progress.read();
            // Every value is checked for its form first: one malformed value fails the whole file.
            String gss = row.required(gssColumn, ColumnType.GSS_CODE);
            String slug = row.get(slugColumn, SLUG);
            String countyGss = row.get(countyColumn, ColumnType.GSS_CODE);
            Tier tier = TIERS.get(String.valueOf(row.get(typeColumn)).toUpperCase(Locale.ROOT));
            if (slug == null) {
                progress.reject(line, gss + " has no gov.uk slug");
            } else if (tier == null) {
                progress.reject(line, gss + ": the type \"" + row.get(typeColumn) + "\" is not one of " + TIERS.keySet());
            } else if (row.get(nameColumn) == null || row.get(shortColumn) == null) {
                progress.reject(line, gss + ": the official and short names are required");
            } else {
                entries.add(new CouncilRegister.Entry(line, slug, gss, row.get(nameColumn), row.get(shortColumn), tier, countyGss,
                        row.get(websiteColumn)));
            }
        });
        progress.imported(register.apply(entries, progress::reject));
    }
}
