package uk.tierless.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.publishing.SeededServices;
import uk.tierless.publishing.ServiceConfigurations;
import uk.tierless.publishing.ServiceDrafts;
import uk.tierless.publishing.ServicePublisher;
import uk.tierless.publishing.ServiceSettings;

import java.util.List;

/**
 * For tests of an amount the resident gives: Tamworth's council tax payment published as the repository's files
 * have it (the tests' files keep it a link), an amount from £1 to £5,000 that makes no request; then put back.
 */
@ApplicationScoped
public class CouncilTaxByAmount {

    public static final String COUNCIL = "tamworth";
    public static final String SERVICE = "council-tax-payment";

    @Inject
    ServiceConfigurations configurations;

    @Inject
    ServiceDrafts drafts;

    @Inject
    ServicePublisher publisher;

    public void publish() {
        List<Question> questions = List.of(
                new Question("account-number", QuestionType.TEXT, "Your council tax account number", null, true, null,
                        null, null, "5[0-9]{7}", null, null, true, null, null),
                new Question("amount", QuestionType.MONEY, "How much would you like to pay?", "From £1.00 to £5,000.00.",
                        true, null, null, null, null, null, null, null, null, null));
        PaymentSettings payment = new PaymentSettings(null, null, null, null, null, "amount", 100L, 500000L, false,
                "Council tax payment");
        int revision = configurations.of(COUNCIL, SERVICE).revision();
        drafts.save(COUNCIL, SERVICE, new ServiceSettings(true, "form", null, "Pay your council tax online.", null,
                false, null, List.of(), new ServiceSettings.FormSettings(null, questions), null, payment), revision, "tester");
        publisher.publish(COUNCIL, SERVICE, "tester");
    }

    /** The service as its files seeded it. */
    public void putBack() {
        SeededServices.putBack(configurations, drafts, publisher, COUNCIL, SERVICE);
    }
}
