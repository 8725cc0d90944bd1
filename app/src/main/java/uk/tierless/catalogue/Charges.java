package uk.tierless.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.forms.AnswerMessages;
import uk.tierless.forms.Answers;
import uk.tierless.platform.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a council's service charges for a resident's checked answers (docs/fees.md), from the payment section of
 * the council's current version of the service: a fee times a quantity, or the amount the resident gave, in whole
 * pence. Answers the council would not take (an amount under its minimum) are a 400 naming the question.
 */
@ApplicationScoped
public class Charges {

    /** The fee of the one line of a charge for an amount the resident gives. */
    public static final String AMOUNT_GIVEN = "amount";

    @Inject
    ServiceOffers offers;

    @Inject
    ServiceCatalogue catalogue;

    /** Whether the council's service takes a payment at all. */
    public boolean isPaid(String council, String service) {
        return offers.paymentOf(council, service).isPresent();
    }

    /**
     * The charge for these checked answers (Answers.Checked: facts and personal) to the council's current version of
     * the service; empty for a free service. ApiException 400 ({@code invalid}, with the question's field) when the
     * answers do not make a charge the council allows (e.g. an amount under the minimum).
     */
    public Optional<Charge> of(String council, String service, Answers.Checked answers) {
        Optional<PaymentSettings> payment = offers.paymentOf(council, service);
        if (payment.isEmpty()) {
            return Optional.empty();
        }
        List<ApiError.FieldError> problems = problems(payment.get(), answers, true);
        if (!problems.isEmpty()) {
            throw ApiException.invalid("Some answers need changing: they do not make a payment the council takes.", problems);
        }
        return Optional.of(charge(service, payment.get(), answers));
    }

    /**
     * What is wrong with the answers given so far as a charge, by question (nothing for a free service): the form's
     * pages ask this of each page, before the questions after it are answered.
     */
    public List<ApiError.FieldError> problems(String council, String service, Answers.Checked answers) {
        return offers.paymentOf(council, service).map(payment -> problems(payment, answers, false)).orElse(List.of());
    }

    /** The service's fees, in the council's order; empty for a free one or one paid by an amount the resident gives. */
    public List<FeeView> fees(String council, String service) {
        return offers.paymentOf(council, service).filter(payment -> !payment.byAmount()).stream()
                .flatMap(payment -> payment.feesOrEmpty().stream())
                .map(fee -> new FeeView(fee.code(), fee.name(), fee.amount()))
                .toList();
    }

    /** Whether a payment for this service becomes a request in the council's queue (council tax: only if configured). */
    public boolean makesRequest(String council, String service) {
        return offers.paymentOf(council, service).map(PaymentSettings::makesRequestOrDefault).orElse(true);
    }

    /** {@code complete}: every answer a charge is made from must be there (else only those given are checked). */
    private static List<ApiError.FieldError> problems(PaymentSettings payment, Answers.Checked answers, boolean complete) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        if (payment.byAmount()) {
            Object amount = answer(answers, payment.amountQuestion());
            if (amount == null) {
                missing(payment.amountQuestion(), complete, problems);
            } else if (!(amount instanceof Long pence)) {
                problems.add(new ApiError.FieldError(payment.amountQuestion(), AnswerMessages.notAnAmount()));
            } else if (pence < payment.minimum()) {
                problems.add(new ApiError.FieldError(payment.amountQuestion(), AnswerMessages.lessThan(payment.minimum())));
            } else if (pence > payment.maximum()) {
                problems.add(new ApiError.FieldError(payment.amountQuestion(), AnswerMessages.moreThan(payment.maximum())));
            }
            return problems;
        }
        Object code = answer(answers, payment.feeQuestion());
        if (code == null) {
            missing(payment.feeQuestion(), complete, problems);
        } else if (fee(payment, code).isEmpty()) {
            problems.add(new ApiError.FieldError(payment.feeQuestion(), "Select one of the choices given"));
        }
        if (payment.quantityQuestion() != null) {
            Object quantity = answer(answers, payment.quantityQuestion());
            if (quantity == null) {
                missing(payment.quantityQuestion(), complete, problems);
            } else if (!(quantity instanceof Long count) || count < 1 || count > Integer.MAX_VALUE) {
                problems.add(new ApiError.FieldError(payment.quantityQuestion(), "Enter a whole number, 1 or more"));
            } else {
                fee(payment, code).filter(fee -> count > Money.LARGEST_PAYMENT / fee.amount()).ifPresent(fee ->
                        problems.add(new ApiError.FieldError(payment.quantityQuestion(), "Enter a smaller number: "
                                + count + " would cost more than one payment can be")));
            }
        }
        return problems;
    }

    private Charge charge(String service, PaymentSettings payment, Answers.Checked answers) {
        String description = payment.description() != null ? payment.description().trim() : catalogue.require(service).name();
        if (payment.byAmount()) {
            long amount = (Long) answer(answers, payment.amountQuestion());
            return new Charge(amount, description, List.of(new ChargeLine(AMOUNT_GIVEN, description, amount, 1, amount)));
        }
        PaymentSettings.Fee fee = fee(payment, answer(answers, payment.feeQuestion())).orElseThrow();
        int quantity = payment.quantityQuestion() == null ? 1
                : Math.toIntExact((Long) answer(answers, payment.quantityQuestion()));
        long amount = Math.multiplyExact(fee.amount(), quantity);
        String counted = payment.quantityQuestion() == null ? AnswerMessages.phrase(fee.name())
                : payment.unit() == null ? AnswerMessages.phrase(fee.name()) + " × " + quantity
                : quantity + " " + (quantity == 1 ? payment.unit() : payment.units()) + ", " + AnswerMessages.phrase(fee.name());
        return new Charge(amount, shortened(description + ": " + counted),
                List.of(new ChargeLine(fee.code(), fee.name(), fee.amount(), quantity, amount)));
    }

    private static Optional<PaymentSettings.Fee> fee(PaymentSettings payment, Object code) {
        return payment.feesOrEmpty().stream().filter(fee -> fee.code().equals(code)).findFirst();
    }

    private static Object answer(Answers.Checked answers, String question) {
        return answers.facts().containsKey(question) ? answers.facts().get(question) : answers.personal().get(question);
    }

    private static void missing(String question, boolean complete, List<ApiError.FieldError> problems) {
        if (complete) {
            problems.add(new ApiError.FieldError(question, "Answer this question: the payment is worked out from it"));
        }
    }

    private static String shortened(String description) {
        return description.length() <= PaymentCheck.LONGEST_DESCRIPTION ? description
                : description.substring(0, PaymentCheck.LONGEST_DESCRIPTION - 1) + "…";
    }
}
