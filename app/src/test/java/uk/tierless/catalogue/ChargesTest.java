package uk.tierless.catalogue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.Answers;
import uk.tierless.forms.Forms;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The charge for a resident's answers, in pence, from the council's live payment settings: Worcestershire's copy
 * certificate (fees by the copy, from the tests' files) and Tamworth's council tax published here as an amount the
 * resident gives, then put back as its files have it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ChargesTest {

    private static final String COUNTY = "worcestershire";
    private static final String CERTIFICATE = "copy-certificate";
    private static final String TAMWORTH = CouncilTaxByAmount.COUNCIL;
    private static final String COUNCIL_TAX = CouncilTaxByAmount.SERVICE;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Inject
    Charges charges;

    @Inject
    Forms forms;

    @Inject
    CouncilTaxByAmount councilTax;

    @AfterEach
    void putBack() {
        councilTax.putBack();
    }

    @Test
    void aCopyCertificateCostsItsFeeForEachCopy() {
        assertThat(charges.isPaid(COUNTY, CERTIFICATE)).isTrue();
        assertThat(charges.makesRequest(COUNTY, CERTIFICATE)).isTrue();
        assertThat(charges.fees(COUNTY, CERTIFICATE)).containsExactly(new FeeView("standard", "Standard service", 1250),
                new FeeView("priority", "Priority service", 3850));

        assertThat(charges.of(COUNTY, CERTIFICATE, certificate("2", "priority"))).contains(new Charge(7700,
                "Copy certificate: 2 copies, priority service",
                List.of(new ChargeLine("priority", "Priority service", 3850, 2, 7700))));
        assertThat(charges.of(COUNTY, CERTIFICATE, certificate("1", "standard"))).contains(new Charge(1250,
                "Copy certificate: 1 copy, standard service",
                List.of(new ChargeLine("standard", "Standard service", 1250, 1, 1250))));
        assertThat(charges.of(COUNTY, CERTIFICATE, certificate("10", "standard")).orElseThrow().amount()).isEqualTo(12500);
    }

    @Test
    void answersThatMakeNoChargeTheCouncilTakesAreA400NamingTheQuestion() {
        Answers.Checked noLevel = withFacts(certificate("2", "priority"), facts -> facts.remove("service-level"));
        assertThat(refusal(COUNTY, CERTIFICATE, noLevel)).containsExactly(new ApiError.FieldError("service-level",
                "Answer this question: the payment is worked out from it"));
        assertThat(charges.problems(COUNTY, CERTIFICATE, noLevel)).as("a page asks only of the answers given so far").isEmpty();

        Answers.Checked halfACopy = withFacts(certificate("2", "priority"), facts -> facts.put("copies", 2.5));
        assertThat(refusal(COUNTY, CERTIFICATE, halfACopy)).containsExactly(new ApiError.FieldError("copies",
                "Enter a whole number, 1 or more"));
        Answers.Checked noCopies = withFacts(certificate("2", "priority"), facts -> facts.put("copies", 0L));
        assertThat(charges.problems(COUNTY, CERTIFICATE, noCopies)).containsExactly(new ApiError.FieldError("copies",
                "Enter a whole number, 1 or more"));
        Answers.Checked express = withFacts(certificate("2", "priority"), facts -> facts.put("service-level", "express"));
        assertThat(refusal(COUNTY, CERTIFICATE, express)).containsExactly(new ApiError.FieldError("service-level",
                "Select one of the choices given"));
    }

    @Test
    void aFreeServiceHasNoCharge() {
        Answers.Checked anything = new Answers.Checked(Map.of("bin-type", "general"), Map.of(), List.of());

        assertThat(charges.isPaid(TAMWORTH, "missed-bin")).isFalse();
        assertThat(charges.of(TAMWORTH, "missed-bin", anything)).isEmpty();
        assertThat(charges.fees(TAMWORTH, "missed-bin")).isEmpty();
        assertThat(charges.makesRequest(TAMWORTH, "missed-bin")).isTrue();
    }

    @Test
    void councilTaxIsTheAmountGivenWithinTheCouncilsBounds() {
        councilTax.publish();

        assertThat(charges.isPaid(TAMWORTH, COUNCIL_TAX)).isTrue();
        assertThat(charges.fees(TAMWORTH, COUNCIL_TAX)).as("no fixed fees").isEmpty();
        assertThat(charges.makesRequest(TAMWORTH, COUNCIL_TAX)).isFalse();
        assertThat(charges.of(TAMWORTH, COUNCIL_TAX, councilTax("25"))).contains(new Charge(2500, "Council tax payment",
                List.of(new ChargeLine(Charges.AMOUNT_GIVEN, "Council tax payment", 2500, 1, 2500))));
        assertThat(charges.of(TAMWORTH, COUNCIL_TAX, councilTax("£1.00")).orElseThrow().amount()).isEqualTo(100);
        assertThat(charges.of(TAMWORTH, COUNCIL_TAX, councilTax("5,000")).orElseThrow().amount()).isEqualTo(500000);

        assertThat(refusal(TAMWORTH, COUNCIL_TAX, councilTax("0.99"))).containsExactly(
                new ApiError.FieldError("amount", "Enter an amount of at least £1.00"));
        assertThat(refusal(TAMWORTH, COUNCIL_TAX, councilTax("5000.01"))).containsExactly(
                new ApiError.FieldError("amount", "Enter an amount no more than £5,000.00"));
        assertThat(charges.problems(TAMWORTH, COUNCIL_TAX, councilTax("0"))).containsExactly(
                new ApiError.FieldError("amount", "Enter an amount of at least £1.00"));
    }

    private Answers.Checked certificate(String copies, String level) {
        Map<String, Object> answers = Map.of("certificate-type", "birth", "names", "Ada Lovelace", "event-year", "1901",
                "copies", copies, "service-level", level, "delivery-address", "1 High Street, Worcester WR1 1AA");
        return checked(COUNTY, CERTIFICATE, answers);
    }

    private Answers.Checked councilTax(String amount) {
        return checked(TAMWORTH, COUNCIL_TAX, Map.of("account-number", "51234567", "amount", amount));
    }

    private Answers.Checked checked(String council, String service, Map<String, Object> answers) {
        Answers.Checked checked = Answers.check(forms.current(council, service).orElseThrow().questions(), answers, TODAY);
        assertThat(checked.errors()).isEmpty();
        return checked;
    }

    private static Answers.Checked withFacts(Answers.Checked checked, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> facts = new HashMap<>(checked.facts());
        change.accept(facts);
        return new Answers.Checked(facts, checked.personal(), List.of());
    }

    private List<ApiError.FieldError> refusal(String council, String service, Answers.Checked answers) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> charges.of(council, service, answers));
        assertThat(refused).as("a refusal").isNotNull();
        assertThat(refused.status().getStatusCode()).isEqualTo(400);
        return refused.toError().details();
    }
}
