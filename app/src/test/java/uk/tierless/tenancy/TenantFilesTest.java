package uk.tierless.tenancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.catalogue.ServicesFile;
import uk.tierless.identity.CouncilProviders;
import uk.tierless.notifications.NotifyAccounts;
import uk.tierless.payments.govukpay.GovUkPayAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.tenancy.TenantFolder.STAFFORDSHIRE;
import static uk.tierless.tenancy.TenantFolder.TAMWORTH;

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

    /** A partnership file's required fields but its members. */
    private static final String PARTNERSHIP = "name: One\nshortName: One\nbrandColour: \"#1d4f91\"\n";

    @TempDir
    Path tenants;

    /** Every section, as the application reads the real folder. */
    private static final List<CouncilFileSection<?>> SECTIONS = List.of(
            new CouncilProviders(), new NotifyAccounts(), new GovUkPayAccounts(), new ServicesFile());

    @Test
    void everyTenantFolderInTheRepositoryIsValid() {
        TenantConfiguration configuration = TenantFiles.read(TestTenants.REPOSITORY, SECTIONS);

        Map<String, String> gssBySlug = configuration.councils().stream()
                .collect(Collectors.toMap(TenantDefinition::slug, TenantDefinition::gss));
        assertThat(gssBySlug).isEqualTo(GSS);
        assertThat(configuration.partnerships()).extracting(PartnershipDefinition::slug)
                .containsExactlyInAnyOrder("staffordshire-connects", "worcestershire");
        assertThat(configuration.partnershipOf("tamworth")).get().satisfies(partnership -> {
            assertThat(partnership.slug()).isEqualTo("staffordshire-connects");
            assertThat(partnership.name()).isEqualTo("Staffordshire Connects");
            assertThat(partnership.welcome()).startsWith("Welcome to Staffordshire Connects");
        });
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

        assertThat(folder().read().councils()).extracting(TenantDefinition::slug)
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
    void anUnknownFieldNamesTenancysFieldsAndTheSections() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH + "colour: red\n");

        assertThat(new TenantFolder(tenants, SECTIONS.toArray(CouncilFileSection<?>[]::new)).problems()).singleElement()
                .asString().startsWith(tenants.getFileName() + "/tamworth/tenant.yaml: field 'colour': unknown field (line ")
                .endsWith("); the fields are brandColour, govukNotify, govukPay, gss, identity, officialName, parent, privacyNotice,"
                        + " referencePrefix, shortName, slug, successor, tier, validFrom, validTo, website");
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
    void partnershipMembersMustBeCouncilsOfOnePartnership() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP + "members: [staffordshire, tamworth]\n");
        Files.writeString(tenants.resolve("partnerships/two.yaml"), "name: Two\nshortName: Two\nbrandColour: \"#00594f\"\nmembers: [tamworth, stoke-on-trent]\n");

        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("two.yaml").contains("'tamworth' is already a member"))
                .anySatisfy(problem -> assertThat(problem).contains("two.yaml").contains("'stoke-on-trent' is not a council"));
    }

    @Test
    void agencyAgreementsNameMembersAndAKnownCouncil() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP + """
                members: [staffordshire, tamworth]
                agreements:
                  - service: missed-bin
                    councils: [tamworth]
                    runBy: staffordshire
                """);
        assertThat(folder().read().partnerships().get(0).agreements()).singleElement()
                .satisfies(agreement -> assertThat(agreement.runBy()).isEqualTo("staffordshire"));

        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP + """
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
    void aPartnershipNeedsItsNamesAndABrandColour() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), "brandColour: blue\nmembers: [staffordshire, tamworth]\n");

        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("one.yaml: field 'name': is missing"))
                .anySatisfy(problem -> assertThat(problem).contains("one.yaml: field 'shortName': is missing"))
                .anySatisfy(problem -> assertThat(problem).contains("one.yaml: field 'brandColour'")
                        .contains("a colour such as"));
    }

    @Test
    void aPartnershipsHostsAreHostNamesThatServeOnePartnership() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP
                + "welcome: Welcome to One.\nhosts: [one.example.gov.uk]\nmembers: [staffordshire, tamworth]\n");

        PartnershipDefinition one = folder().read().partnerships().get(0);
        assertThat(one.hosts()).containsExactly("one.example.gov.uk");
        assertThat(one.welcome()).isEqualTo("Welcome to One.");

        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP
                + "hosts: [\"https://One.example\"]\nmembers: [staffordshire]\n");
        Files.writeString(tenants.resolve("partnerships/two.yaml"), PARTNERSHIP
                + "hosts: [\"https://One.example\"]\nmembers: [tamworth]\n");
        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("one.yaml: field 'hosts'").contains("is not a host name"))
                .anySatisfy(problem -> assertThat(problem).contains("two.yaml: field 'hosts'").contains("already a host of 'one'"));
    }

    @Test
    void aCostModelIsInPoundsToThePennyWithAShareAndASource() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP + """
                members: [staffordshire, tamworth]
                costModel: {faceToFace: 10.16, phone: 2.83, online: 0.2, avoidedCallShare: 20, source: Case studies}
                """);
        PartnershipDefinition.CostModel model = folder().read().partnerships().get(0).costModel();
        assertThat(model.phone()).isEqualByComparingTo("2.83");
        assertThat(model.avoidedCallShare()).isEqualTo(20);

        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP + """
                members: [staffordshire, tamworth]
                costModel: {faceToFace: -1, phone: 2.835, online: 600, avoidedCallShare: 120}
                """);
        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem).contains("field 'costModel.faceToFace'").contains("-1 is not"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'costModel.phone'").contains("to the penny"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'costModel.online'").contains("from 0 to 500"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'costModel.avoidedCallShare'"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'costModel.source': is missing"));
    }

    @Test
    void aPartnershipWithoutACostModelHasNone() throws IOException {
        write("staffordshire", STAFFORDSHIRE);
        write("tamworth", TAMWORTH);
        Files.createDirectories(tenants.resolve("partnerships"));
        Files.writeString(tenants.resolve("partnerships/one.yaml"), PARTNERSHIP + "members: [staffordshire, tamworth]\n");

        assertThat(folder().read().partnerships().get(0).costModel()).isNull();
    }

    @Test
    void theDefaultPartnershipMustBeOneOfTheFiles() {
        TenantConfiguration configuration = TenantFiles.read(TestTenants.REPOSITORY, SECTIONS);

        assertThat(TenantRegistry.defaultPartnershipProblems(configuration, "staffordshire-connects")).isEmpty();
        assertThat(TenantRegistry.defaultPartnershipProblems(configuration, "wessex")).singleElement().asString()
                .contains("TIERLESS_DEFAULT_PARTNERSHIP").contains("'wessex' is not a partnership")
                .contains("staffordshire-connects").contains("worcestershire");
    }

    private List<String> problems() {
        return folder().problems();
    }

    private void write(String council, String yaml) throws IOException {
        folder().council(council, yaml);
    }

    private TenantFolder folder() {
        return new TenantFolder(tenants);
    }
}
