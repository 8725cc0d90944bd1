package uk.tierless.tenancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TenantFilesTest {

    /** The ONS codes of the two partnerships (../shared/data/councils.csv, the ONS register). */
    private static final Map<String, String> GSS = Map.ofEntries(
            Map.entry("staffordshire", "E10000028"), Map.entry("cannock-chase", "E07000192"),
            Map.entry("east-staffordshire", "E07000193"), Map.entry("lichfield", "E07000194"),
            Map.entry("newcastle-under-lyme", "E07000195"), Map.entry("south-staffordshire", "E07000196"),
            Map.entry("stafford", "E07000197"), Map.entry("staffordshire-moorlands", "E07000198"),
            Map.entry("tamworth", "E07000199"), Map.entry("worcestershire", "E10000034"),
            Map.entry("bromsgrove", "E07000234"), Map.entry("malvern-hills", "E07000235"),
            Map.entry("redditch", "E07000236"), Map.entry("worcester", "E07000237"),
            Map.entry("wychavon", "E07000238"), Map.entry("wyre-forest", "E07000239"));

    private static final String TAMWORTH = """
            slug: tamworth
            officialName: Tamworth Borough Council
            shortName: Tamworth
            gss: E07000199
            tier: district
            parent: staffordshire
            website: https://www.tamworth.gov.uk
            brandColour: "#a4151d"
            referencePrefix: TAM
            validFrom: 1974-04-01
            """;

    private static final String STAFFORDSHIRE = """
            slug: staffordshire
            officialName: Staffordshire County Council
            shortName: Staffordshire
            gss: E10000028
            tier: county
            website: https://www.staffordshire.gov.uk
            brandColour: "#004c45"
            referencePrefix: SCC
            validFrom: 1974-04-01
            """;

    @TempDir
    Path tenants;

    @Test
    void everyTenantFolderInTheRepositoryIsValid() {
        TenantConfiguration configuration = TenantFiles.read(TestTenants.REPOSITORY);

        Map<String, String> gssBySlug = configuration.councils().stream()
                .collect(Collectors.toMap(TenantDefinition::slug, TenantDefinition::gss));
        assertThat(gssBySlug).isEqualTo(GSS);
        assertThat(configuration.partnerships()).extracting(PartnershipDefinition::slug)
                .containsExactlyInAnyOrder("staffordshire-connects", "worcestershire");
        assertThat(configuration.partnershipOf("tamworth")).get()
                .extracting(PartnershipDefinition::slug).isEqualTo("staffordshire-connects");
        assertThat(configuration.partnershipOf("wyre-forest")).get()
                .extracting(PartnershipDefinition::slug).isEqualTo("worcestershire");
        assertThat(configuration.councils()).filteredOn(c -> c.slug().equals("tamworth")).singleElement()
                .satisfies(tamworth -> {
                    assertThat(tamworth.referencePrefix()).isEqualTo("TAM");
                    assertThat(tamworth.tier()).isEqualTo(Tier.DISTRICT);
                    assertThat(tamworth.parent()).isEqualTo("staffordshire");
                });
    }

    @Test
    void aValidFolderReads() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);

        assertThat(TenantFiles.read(tenants).councils()).extracting(TenantDefinition::slug)
                .containsExactly("staffordshire", "tamworth");
    }

    @Test
    void anUnknownFieldIsNamedWithItsFile() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH + "colour: red\n");

        assertThat(problems()).singleElement().asString()
                .contains("tamworth/tenant.yaml").contains("field 'colour'").contains("unknown field");
    }

    @Test
    void aMissingNameIsNamedWithItsFile() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH.replace("officialName: Tamworth Borough Council\n", ""));

        assertThat(problems()).singleElement().asString()
                .contains("tamworth/tenant.yaml").contains("field 'officialName'").contains("missing");
    }

    @Test
    void aDistrictsParentMustBeACounty() throws IOException {
        write("staffordshire", STAFFORDSHIRE.replace("tier: county", "tier: district\nparent: tamworth"));
        write("tamworth", TAMWORTH);

        assertThat(problems()).anySatisfy(problem -> assertThat(problem)
                .contains("tamworth/tenant.yaml").contains("field 'parent'").contains("not a county"));
    }

    @Test
    void duplicateCodesAndPrefixesAreRefused() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        write("lichfield", TAMWORTH.replace("slug: tamworth", "slug: lichfield"));

        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("field 'gss'").contains("E07000199"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'referencePrefix'").contains("TAM"));
    }

    @Test
    void theSlugMustBeTheFoldersName() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth-borough", TAMWORTH);

        assertThat(problems()).singleElement().asString()
                .contains("tamworth-borough/tenant.yaml").contains("field 'slug'").contains("folder");
    }

    @Test
    void anUnknownTierIsExplained() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH.replace("tier: district", "tier: borough"));

        assertThat(problems()).anySatisfy(problem -> assertThat(problem)
                .contains("field 'tier'").contains("'borough' is not a tier"));
    }

    @Test
    void aCouncilThatEndsNamesAKnownSuccessor() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH + "validTo: 2028-03-31\nsuccessor: south-east-staffordshire\n");

        assertThat(problems()).singleElement().asString()
                .contains("field 'successor'").contains("not a council in this folder");
    }

    @Test
    void aCouncilsOwnIdentityProviderIsReadAndChecked() throws IOException {
        write("staffordshire", STAFFORDSHIRE + """
                identity:
                  issuer: https://login.microsoftonline.com/staffs/v2.0
                  clientId: tierless
                  secretEnv: STAFFS_OIDC_SECRET
                """);
        write("tamworth", TAMWORTH);

        TenantDefinition staffordshire = TenantFiles.read(tenants).councils().get(0);
        assertThat(staffordshire.identity().issuer()).isEqualTo("https://login.microsoftonline.com/staffs/v2.0");
        assertThat(staffordshire.identity().rolesClaimOrDefault()).isEqualTo("roles");

        write("tamworth", TAMWORTH + """
                identity:
                  issuer: https://login.microsoftonline.com/staffs/v2.0
                  clientId: tierless
                  secretEnv: the secret itself
                """);
        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("tamworth/tenant.yaml")
                        .contains("field 'identity.secretEnv'").contains("environment variable"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'identity.issuer'").contains("already used"));
    }

    @Test
    void partnershipMembersMustBeCouncilsOfOnePartnership() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), "name: One\nmembers: [staffordshire, tamworth]\n");
        Files.writeString(tenants.resolve("partnerships/two.yaml"), "name: Two\nmembers: [tamworth, stoke-on-trent]\n");

        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("two.yaml").contains("'tamworth' is already a member"))
                .anySatisfy(problem -> assertThat(problem).contains("two.yaml").contains("'stoke-on-trent' is not a council"));
    }

    @Test
    void agencyAgreementsNameMembersAndAKnownCouncil() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), """
                name: One
                members: [staffordshire, tamworth]
                agreements:
                  - service: missed-bin
                    councils: [tamworth]
                    runBy: staffordshire
                """);
        assertThat(TenantFiles.read(tenants).partnerships().get(0).agreements()).singleElement()
                .satisfies(agreement -> assertThat(agreement.runBy()).isEqualTo("staffordshire"));

        Files.writeString(tenants.resolve("partnerships/one.yaml"), """
                name: One
                members: [staffordshire, tamworth]
                agreements:
                  - service: missed-bin
                    councils: [lichfield]
                    runBy: atlantis
                """);
        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("field 'agreements[0].councils'")
                        .contains("'lichfield' is not a member"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'agreements[0].runBy'")
                        .contains("'atlantis' is not a council"));
    }

    @Test
    void targetTimesAndStandardRepliesAreChecked() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.writeString(tenants.resolve("tamworth").resolve("services.yaml"), """
                welcome: Welcome.
                services:
                  - service: missed-bin
                    mode: form
                    summary: Tell us.
                    targetDays: 0
                    responses:
                      - name: Collected
                        text: "Collected by {dueDate}, {residentName}."
                    form:
                      questions:
                        - id: details
                          type: text
                          label: What happened?
                  - service: bin-collection-day
                    mode: link
                    summary: Find your day.
                    link: https://www.tamworth.gov.uk/bins
                    targetDays: 5
                """);

        assertThat(problems()).anySatisfy(problem -> assertThat(problem).contains("services[0].targetDays")
                        .contains("from 1 to 365"))
                .anySatisfy(problem -> assertThat(problem).contains("services[0].responses[0].text")
                        .contains("{residentName} is not a field"))
                .anySatisfy(problem -> assertThat(problem).contains("services[1].targetDays")
                        .contains("only a form service"));
    }

    private java.util.List<String> problems() {
        TenantConfigurationException error = catchThrowableOfType(TenantConfigurationException.class,
                () -> TenantFiles.read(tenants));
        assertThat(error).as("the folder should have been refused").isNotNull();
        return error.problems();
    }

    private void write(String folder, String yaml) throws IOException {
        Files.createDirectories(tenants.resolve(folder));
        Files.writeString(tenants.resolve(folder).resolve(TenantFiles.TENANT_FILE), yaml);
    }
}
