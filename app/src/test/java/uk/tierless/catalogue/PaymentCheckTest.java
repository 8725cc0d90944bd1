package uk.tierless.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.tenancy.TenantFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.tenancy.TenantFolder.STAFFORDSHIRE;
import static uk.tierless.tenancy.TenantFolder.TAMWORTH;

/** A service's payment section in services.yaml: read, and each wrong one refused with the council, service and field. */
class PaymentCheckTest {

    private static final String QUESTIONS = """
                form:
                  questions:
                    - id: copies
                      type: number
                      label: How many copies do you need?
                      required: true
                      min: 1
                      max: 10
                    - id: level
                      type: radios
                      label: Which service would you like?
                      required: true
                      options:
                        - {value: standard, label: Standard}
                        - {value: priority, label: Priority}
                    - id: kind
                      type: select
                      label: Which certificate?
                      required: true
                      options:
                        - {value: birth, label: Birth}
                        - {value: death, label: Death}
                    - id: amount
                      type: money
                      label: How much would you like to pay?
                      required: true
                    - id: gift
                      type: money
                      label: Anything to add?
            """;
    private static final String FEES = """
                payment:
                  feeQuestion: level
                  quantityQuestion: copies
                  unit: copy
                  units: copies
                  fees:
                    - {code: standard, name: Standard service, amount: 1250}
                    - {code: priority, name: Priority service, amount: 3850}
            """;

    @TempDir
    Path tenants;

    @Test
    void fixedFeesAndAnAmountAreReadInWholePence() throws IOException {
        ServicesFile services = new ServicesFile();
        folder(services, FEES, """
                payment:
                  amountQuestion: amount
                  minimum: 100
                  maximum: 500000
                  makesRequest: false
                  description: Council tax payment
            """).read();

        List<PortalDefinition.Offer> offers = services.definitions().get("tamworth").services();
        assertThat(offers.get(0).payment().feesOrEmpty()).containsExactly(
                new PaymentSettings.Fee("standard", "Standard service", 1250L),
                new PaymentSettings.Fee("priority", "Priority service", 3850L));
        assertThat(offers.get(0).payment().makesRequestOrDefault()).isTrue();
        PaymentSettings amount = offers.get(1).payment();
        assertThat(amount.byAmount()).isTrue();
        assertThat(List.of(amount.minimum(), amount.maximum())).containsExactly(100L, 500000L);
        assertThat(amount.makesRequestOrDefault()).isFalse();
    }

    @Test
    void aFeeQuestionMustBeARadiosQuestionWhoseOptionsAreTheFees() throws IOException {
        assertThat(problems("""
                payment:
                  feeQuestion: kind
                  fees:
                    - {code: standard, name: Standard service, amount: 1250}
            """)).containsExactly(field("feeQuestion", "'kind' is a question of type select: it must be of type radios"));
        assertThat(problems("""
                payment:
                  feeQuestion: level
                  fees:
                    - {code: standard, name: Standard service, amount: 1250}
                    - {code: express, name: Express service, amount: 5000}
            """)).containsExactly(
                field("feeQuestion", "the option 'priority' of 'level' is not a fee's code: the codes are express, standard"),
                field("fees[1].code", "'express' is not an option of 'level', so no one could choose it"));
        assertThat(problems("""
                payment:
                  feeQuestion: colour
                  fees:
                    - {code: standard, name: Standard service, amount: 1250}
            """)).containsExactly(field("feeQuestion", "'colour' is not a question of this form"));
    }

    @Test
    void aFeeIsAWholeNumberOfPenceAboveNothing() throws IOException {
        assertThat(problems("""
                payment:
                  feeQuestion: level
                  fees:
                    - {code: standard, name: Standard service, amount: 0}
                    - {code: priority, amount: -5}
                    - {code: standard, name: Again, amount: 10000001}
            """)).contains(
                field("fees[0].amount", "0 must be a whole number of pence above 0, such as 1250 for £12.50"),
                field("fees[1].name", "is missing"),
                field("fees[1].amount", "-5 must be a whole number of pence above 0, such as 1250 for £12.50"),
                field("fees[2].code", "'standard' is listed twice"),
                field("fees[2].amount", "10000001 is over 10000000 (£100,000.00), the most one payment can be"));
        assertThat(problems("""
                payment:
                  feeQuestion: level
                  fees:
                    - {code: standard, name: Standard service, amount: 12.5}
                    - {code: priority, name: Priority service, amount: 3850}
            """)).singleElement().asString().contains("'amount'").contains("line")
                .contains("must be a whole number of pence, such as 1250 for £12.50");
    }

    @Test
    void aQuantityIsAWholeNumberWithinLimitsThatPayCanTake() throws IOException {
        assertThat(problems("""
                payment:
                  feeQuestion: level
                  quantityQuestion: level
                  fees:
                    - {code: standard, name: Standard service, amount: 1250}
                    - {code: priority, name: Priority service, amount: 3850}
            """)).containsExactly(field("quantityQuestion", "'level' is a question of type radios: it must be of type number"));
        assertThat(problems(FEES.replace("amount: 3850", "amount: 2000000"))).containsExactly(field("quantityQuestion",
                "'copies' allows up to 10, and that many of the dearest fee would be over £100,000.00, the most one payment can be"));
        assertThat(problems(FEES.replaceAll("(?m)^ *units: copies\n", ""))).containsExactly(
                field("units", "give both unit and units (such as copy and copies), or neither"));
    }

    @Test
    void anAmountHasAMinimumNoMoreThanItsMaximum() throws IOException {
        assertThat(problems("""
                payment:
                  amountQuestion: amount
                  minimum: 600000
                  maximum: 500000
            """)).containsExactly(field("minimum", "£6,000.00 is over the maximum, £5,000.00"));
        assertThat(problems("""
                payment:
                  amountQuestion: copies
                  maximum: 500000
            """)).containsExactly(field("amountQuestion", "'copies' is a question of type number: it must be of type money"),
                field("minimum", "is missing: it must be a whole number of pence above 0, such as 1250 for £12.50"));
        assertThat(problems("""
                payment:
                  amountQuestion: gift
                  minimum: 100
                  maximum: 500000
            """)).containsExactly(field("amountQuestion",
                "'gift' must be required and asked of everyone (no showIf): the charge is made from its answer"));
    }

    @Test
    void aPaymentIsFeesOrAnAmountAndOnlyForAForm() throws IOException {
        assertThat(problems("""
                payment:
                  amountQuestion: amount
                  feeQuestion: level
                  minimum: 100
                  maximum: 500000
            """)).containsExactly(field(null, "is either fixed fees (fees and feeQuestion) or an amount the resident gives"
                + " (amountQuestion), not both"));
        assertThat(problems("""
                payment:
                  makesRequest: false
            """)).containsExactly(field("fees", "is missing: list the fees, each with a code, a name and an amount in"
                        + " pence (or give an amountQuestion for an amount the resident chooses)"),
                field("feeQuestion", "is missing: the id of the form's radios question"));
        List<String> link = new TenantFolder(tenants, new ServicesFile())
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH)
                .file("tamworth", ServicesFile.NAME, """
                        welcome: Welcome.
                        services:
                          - service: council-tax-payment
                            mode: link
                            summary: Pay.
                            link: https://www.tamworth.gov.uk/council-tax
                            payment:
                              amountQuestion: amount
                        """).problems();
        assertThat(link).containsExactly(tenants.getFileName() + "/tamworth/services.yaml: field 'services[0].payment':"
                + " only a form service takes a payment");
    }

    private List<String> problems(String payment) throws IOException {
        return folder(new ServicesFile(), payment).problems();
    }

    private String field(String field, String message) {
        return tenants.getFileName() + "/tamworth/services.yaml: field 'services[0].payment" + (field == null ? "" : "." + field)
                + "': " + message;
    }

    private TenantFolder folder(ServicesFile services, String... payments) throws IOException {
        StringBuilder yaml = new StringBuilder("welcome: Welcome.\nservices:\n");
        String[] codes = {"copy-certificate", "council-tax-payment"};
        for (int i = 0; i < payments.length; i++) {
            yaml.append("  - service: ").append(codes[i]).append("\n    mode: form\n    summary: Pay for it.\n")
                    .append(QUESTIONS).append(payments[i]);
        }
        return new TenantFolder(tenants, services)
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH + "privacyNotice: https://www.tamworth.gov.uk/privacy\n")
                .file("tamworth", ServicesFile.NAME, yaml.toString());
    }
}
