package uk.tierless.admin;

import jakarta.ws.rs.core.MultivaluedMap;
import uk.tierless.api.ApiError;
import uk.tierless.catalogue.PaymentSettings;
import uk.tierless.platform.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The service page's "Fees" as the administrator typed them, in pounds: each fixed fee's amount
 * ({@code payment-fees-N-amount}), or an amount-the-resident-gives service's minimum and maximum
 * ({@code payment-minimum}, {@code payment-maximum}); the ids are the API's fields as {@link PageErrors} writes them.
 * Only amounts change here: which fees there are (their codes and names) is the API's and services.yaml's, so the
 * rows are always the payment's own fees, in its order. {@code payment} is null for a free service.
 */
public record FeesForm(PaymentSettings payment, List<Fee> fees, String minimum, String maximum) {

    static final String ENTER_POUNDS = "Enter the fee in pounds and pence, like 12.50";
    static final String ENTER_AMOUNT = "Enter the amount in pounds and pence, like 25.00";
    static final String MINIMUM_OVER_MAXIMUM = "The minimum must not be more than the maximum";

    /** One fixed fee's row: its name for residents, its code, the amount as typed. */
    public record Fee(int index, String name, String code, String amount) {

        public String id() {
            return "payment-fees-" + index + "-amount";
        }

        /** Which fee it is, as error messages number it ("Fee 1"), and its code. */
        public String hint() {
            return "Fee " + (index + 1) + ", code " + code;
        }
    }

    /** The payment's amounts as the page shows them first, in pounds without the £ (the input has its prefix). */
    static FeesForm of(PaymentSettings payment) {
        if (payment == null) {
            return new FeesForm(null, List.of(), null, null);
        }
        List<Fee> fees = new ArrayList<>();
        for (PaymentSettings.Fee fee : payment.feesOrEmpty()) {
            fees.add(new Fee(fees.size(), fee.name(), fee.code(), typed(fee.amount())));
        }
        return new FeesForm(payment, fees, typed(payment.minimum()), typed(payment.maximum()));
    }

    /** The amounts posted for the payment's own fees; a field not posted keeps the amount it had. */
    static FeesForm posted(MultivaluedMap<String, String> posted, PaymentSettings payment) {
        FeesForm shown = of(payment);
        List<Fee> fees = shown.fees.stream().map(fee -> new Fee(fee.index(), fee.name(), fee.code(),
                posted.containsKey(fee.id()) ? posted.getFirst(fee.id()) : fee.amount())).toList();
        return new FeesForm(payment, fees, orShown(posted, "payment-minimum", shown.minimum),
                orShown(posted, "payment-maximum", shown.maximum));
    }

    /** Whether the service takes a payment, so the page has a Fees section. */
    public boolean paid() {
        return payment != null;
    }

    public boolean byAmount() {
        return payment != null && payment.byAmount();
    }

    /** Amounts that are not pounds and pence, not a payment Pay takes, or a minimum over the maximum, by field. */
    List<ApiError.FieldError> unreadable() {
        List<ApiError.FieldError> problems = new ArrayList<>();
        if (payment == null) {
            return problems;
        }
        if (byAmount()) {
            OptionalLong least = checked("payment.minimum", minimum, ENTER_AMOUNT, problems);
            OptionalLong most = checked("payment.maximum", maximum, ENTER_AMOUNT, problems);
            if (least.isPresent() && most.isPresent() && least.getAsLong() > most.getAsLong()) {
                problems.add(new ApiError.FieldError("payment.minimum", MINIMUM_OVER_MAXIMUM));
            }
        } else {
            fees.forEach(fee -> checked("payment.fees[" + fee.index() + "].amount", fee.amount(), ENTER_POUNDS, problems));
        }
        return problems;
    }

    /** The payment with the typed amounts (call only when {@link #unreadable()} is empty); null when free. */
    PaymentSettings toPayment() {
        if (payment == null) {
            return null;
        }
        if (byAmount()) {
            return new PaymentSettings(payment.fees(), payment.feeQuestion(), payment.quantityQuestion(), payment.unit(),
                    payment.units(), payment.amountQuestion(), pence(minimum), pence(maximum), payment.makesRequest(),
                    payment.description());
        }
        List<PaymentSettings.Fee> changed = new ArrayList<>();
        for (int i = 0; i < payment.feesOrEmpty().size(); i++) {
            PaymentSettings.Fee fee = payment.feesOrEmpty().get(i);
            changed.add(new PaymentSettings.Fee(fee.code(), fee.name(), pence(fees.get(i).amount())));
        }
        return new PaymentSettings(changed, payment.feeQuestion(), payment.quantityQuestion(), payment.unit(),
                payment.units(), payment.amountQuestion(), payment.minimum(), payment.maximum(), payment.makesRequest(),
                payment.description());
    }

    /** The amount in pence if it is pounds and pence above £0 and no more than Pay's largest payment. */
    private static OptionalLong checked(String field, String typed, String enter, List<ApiError.FieldError> problems) {
        OptionalLong pence = Money.parse(typed);
        if (pence.isEmpty()) {
            problems.add(new ApiError.FieldError(field, enter));
        } else if (pence.getAsLong() <= 0) {
            problems.add(new ApiError.FieldError(field, "Enter an amount of more than £0.00"));
        } else if (pence.getAsLong() > Money.LARGEST_PAYMENT) {
            problems.add(new ApiError.FieldError(field, "Enter an amount no more than "
                    + Money.format(Money.LARGEST_PAYMENT) + ", the most one payment can be"));
        } else {
            return pence;
        }
        return OptionalLong.empty();
    }

    private static Long pence(String typed) {
        return Money.parse(typed).orElseThrow();
    }

    private static String typed(Long pence) {
        return pence == null ? null : Money.format(pence).substring(1);
    }

    private static String orShown(MultivaluedMap<String, String> posted, String field, String shown) {
        return posted.containsKey(field) ? posted.getFirst(field) : shown;
    }
}
