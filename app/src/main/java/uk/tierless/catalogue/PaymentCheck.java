package uk.tierless.catalogue;

import uk.tierless.forms.Question;
import uk.tierless.forms.QuestionType;
import uk.tierless.platform.Money;
import uk.tierless.tenancy.CouncilFileSection;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of a form service's {@code payment} in services.yaml (docs/fees.md): fixed fees chosen by a radios
 * question whose options are exactly the fees, or an amount the resident gives in a money question, between a
 * minimum and a maximum; never both. The questions a charge is made from are asked of everyone and required.
 */
final class PaymentCheck {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PENCE = "must be a whole number of pence above 0, such as 1250 for £12.50";
    /** GOV.UK Pay's longest description. */
    static final int LONGEST_DESCRIPTION = 255;

    private PaymentCheck() {
    }

    static void check(String council, String field, PortalDefinition.Offer offer, CouncilFileSection.Problems problems) {
        PaymentSettings payment = offer.payment();
        if (payment == null) {
            return;
        }
        String at = field + ".payment";
        if (!"form".equals(offer.mode())) {
            problems.add(council, at, "only a form service takes a payment");
            return;
        }
        List<Question> questions = offer.form() == null || offer.form().questions() == null ? List.of()
                : offer.form().questions();
        boolean fixed = !payment.feesOrEmpty().isEmpty() || payment.feeQuestion() != null || payment.quantityQuestion() != null;
        if (fixed && payment.byAmount()) {
            problems.add(council, at, "is either fixed fees (fees and feeQuestion) or an amount the resident gives"
                    + " (amountQuestion), not both");
        } else if (payment.byAmount()) {
            checkAmount(council, at, payment, questions, problems);
        } else {
            checkFees(council, at, payment, questions, problems);
        }
        if (payment.description() != null && (payment.description().isBlank()
                || payment.description().length() > LONGEST_DESCRIPTION)) {
            problems.add(council, at + ".description", "must be 1 to " + LONGEST_DESCRIPTION + " characters");
        }
    }

    private static void checkFees(String council, String at, PaymentSettings payment, List<Question> questions,
                                  CouncilFileSection.Problems problems) {
        List<PaymentSettings.Fee> fees = payment.feesOrEmpty();
        if (fees.isEmpty()) {
            problems.add(council, at + ".fees", "is missing: list the fees, each with a code, a name and an amount"
                    + " in pence (or give an amountQuestion for an amount the resident chooses)");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < fees.size(); i++) {
            PaymentSettings.Fee fee = fees.get(i);
            String feeAt = at + ".fees[" + i + "]";
            if (fee == null) {
                problems.add(council, feeAt, "is empty: each fee has a code, a name and an amount");
                continue;
            }
            if (CouncilFileSection.Problems.blank(fee.code())) {
                problems.add(council, feeAt + ".code", "is missing: lower-case words joined by hyphens, such as standard");
            } else if (!CODE.matcher(fee.code()).matches()) {
                problems.add(council, feeAt + ".code", "'" + fee.code() + "' must be lower-case words joined by hyphens, such as standard");
            } else if (!codes.add(fee.code())) {
                problems.add(council, feeAt + ".code", "'" + fee.code() + "' is listed twice");
            }
            problems.required(council, feeAt + ".name", fee.name());
            amount(council, feeAt + ".amount", fee.amount(), problems);
        }
        if (payment.minimum() != null || payment.maximum() != null) {
            problems.add(council, at, "minimum and maximum are for an amount the resident gives (amountQuestion), not fees");
        }
        asked(council, at + ".feeQuestion", payment.feeQuestion(), QuestionType.RADIOS, questions, problems)
                .ifPresent(question -> {
                    Set<String> values = question.optionsOrEmpty().stream().map(Question.Option::value)
                            .collect(Collectors.toSet());
                    question.optionsOrEmpty().stream().map(Question.Option::value)
                            .filter(value -> value != null && !codes.contains(value))
                            .forEach(value -> problems.add(council, at + ".feeQuestion", "the option '" + value
                                    + "' of '" + question.id() + "' is not a fee's code: the codes are "
                                    + String.join(", ", codes.stream().sorted().toList())));
                    for (int i = 0; i < fees.size(); i++) {
                        if (fees.get(i) != null && fees.get(i).code() != null && !values.contains(fees.get(i).code())) {
                            problems.add(council, at + ".fees[" + i + "].code", "'" + fees.get(i).code()
                                    + "' is not an option of '" + question.id() + "', so no one could choose it");
                        }
                    }
                });
        if (payment.quantityQuestion() != null) {
            asked(council, at + ".quantityQuestion", payment.quantityQuestion(), QuestionType.NUMBER, questions, problems)
                    .ifPresent(question -> checkQuantity(council, at, question, fees, problems));
        }
        if (payment.quantityQuestion() == null && (payment.unit() != null || payment.units() != null)) {
            problems.add(council, at + ".unit", "unit and units name what a quantityQuestion counts: give one, or leave them out");
        } else if ((payment.unit() == null) != (payment.units() == null)) {
            problems.add(council, at + ".units", "give both unit and units (such as copy and copies), or neither");
        }
    }

    /** A quantity is a whole number from 1, and the most of the dearest fee is still a payment Pay takes. */
    private static void checkQuantity(String council, String at, Question question, List<PaymentSettings.Fee> fees,
                                      CouncilFileSection.Problems problems) {
        String quantityAt = at + ".quantityQuestion";
        if (question.min() == null || question.min() < 1 || question.max() == null) {
            problems.add(council, quantityAt, "'" + question.id() + "' must have a min of 1 or more and a max:"
                    + " a quantity is a whole number within limits");
            return;
        }
        long dearest = fees.stream().filter(fee -> fee != null && fee.amount() != null && fee.amount() > 0)
                .mapToLong(PaymentSettings.Fee::amount).max().orElse(0);
        // A number question's bound is a count of copies, not money: the only non-integer near a fee, read as whole.
        long most = question.max().longValue();
        if (dearest > 0 && most > Money.LARGEST_PAYMENT / dearest) {
            problems.add(council, quantityAt, "'" + question.id() + "' allows up to " + most + ", and that many of the"
                    + " dearest fee would be over " + Money.format(Money.LARGEST_PAYMENT) + ", the most one payment can be");
        }
    }

    private static void checkAmount(String council, String at, PaymentSettings payment, List<Question> questions,
                                    CouncilFileSection.Problems problems) {
        asked(council, at + ".amountQuestion", payment.amountQuestion(), QuestionType.MONEY, questions, problems);
        if (payment.unit() != null || payment.units() != null) {
            problems.add(council, at + ".unit", "unit and units are for a quantityQuestion, not an amount the resident gives");
        }
        boolean minimum = amount(council, at + ".minimum", payment.minimum(), problems);
        boolean maximum = amount(council, at + ".maximum", payment.maximum(), problems);
        if (minimum && maximum && payment.minimum() > payment.maximum()) {
            problems.add(council, at + ".minimum", Money.format(payment.minimum()) + " is over the maximum, "
                    + Money.format(payment.maximum()));
        }
    }

    /** Whether the amount is one a payment can be: whole pence above 0, up to Pay's largest. */
    private static boolean amount(String council, String field, Long amount, CouncilFileSection.Problems problems) {
        if (amount == null) {
            problems.add(council, field, "is missing: it " + PENCE);
            return false;
        }
        if (amount <= 0) {
            problems.add(council, field, amount + " " + PENCE);
            return false;
        }
        if (amount > Money.LARGEST_PAYMENT) {
            problems.add(council, field, amount + " is over " + Money.LARGEST_PAYMENT + " ("
                    + Money.format(Money.LARGEST_PAYMENT) + "), the most one payment can be");
            return false;
        }
        return true;
    }

    /** The question the payment names, if it is one of the form's, of the type wanted, required and always asked. */
    private static Optional<Question> asked(String council, String field, String id, QuestionType type,
                                            List<Question> questions, CouncilFileSection.Problems problems) {
        if (CouncilFileSection.Problems.blank(id)) {
            problems.add(council, field, "is missing: the id of the form's " + type.code() + " question");
            return Optional.empty();
        }
        Optional<Question> question = questions.stream().filter(q -> id.equals(q.id())).findFirst();
        if (question.isEmpty()) {
            problems.add(council, field, "'" + id + "' is not a question of this form");
        } else if (question.get().type() != type) {
            problems.add(council, field, "'" + id + "' is a question of type " + (question.get().type() == null ? "none"
                    : question.get().type().code()) + ": it must be of type " + type.code());
        } else if (!question.get().isRequired() || question.get().showIf() != null) {
            problems.add(council, field, "'" + id + "' must be required and asked of everyone (no showIf): the charge"
                    + " is made from its answer");
        } else {
            return question;
        }
        return Optional.empty();
    }
}
