package uk.tierless.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;
import uk.tierless.payments.PaymentState;
import uk.tierless.payments.Payments;
import uk.tierless.platform.Money;
import uk.tierless.requests.PaidRequests;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A paid request's payment on its page: what was paid and refunded, and a refund from the page for whoever handles
 * the council's money (its tenant administrators, among those who open request pages; payments checks the amount
 * and audits it; the resident is told).
 */
@ApplicationScoped
class RequestPayments {

    /** What the request page shows of the payment; {@code mayRefund}: the person looking may refund what is left. */
    record Panel(String paid, String refunded, String left, boolean mayRefund) {
    }

    @Inject
    PaidRequests paidRequests;

    @Inject
    Payments payments;

    Optional<Panel> of(String council, String reference, Staff staff) {
        return paidRequests.paymentOf(council, reference).flatMap(payments::find).map(payment -> {
            long refunded = payments.refunded(council, payment.id());
            long left = payment.amount() - refunded;
            return new Panel(Money.format(payment.amount()), Money.format(refunded), Money.format(left),
                    payment.state() == PaymentState.SUCCESS && left > 0 && staff.handlesMoneyOf(council));
        });
    }

    /** A refund of the amount typed in pounds; a 400 naming refundAmount or refundReason when it cannot be made. */
    void refund(String council, String reference, String amount, String reason, Staff staff) {
        if (!staff.handlesMoneyOf(council)) {
            throw ApiException.forbidden("Only the council's tenant administrators and finance staff can refund.");
        }
        String payment = paidRequests.paymentOf(council, reference).orElseThrow(() ->
                ApiException.notFound(reference + " was not paid for."));
        OptionalLong pence = Money.parse(amount == null ? "" : amount);
        if (pence.isEmpty() || pence.getAsLong() <= 0) {
            throw ApiException.invalid("The refund cannot be made as asked.",
                    List.of(new ApiError.FieldError("refundAmount", "Enter the amount to refund in pounds and pence, like 12.50")));
        }
        try {
            payments.refund(council, payment, pence.getAsLong(), reason, staff);
        } catch (ApiException e) {
            throw e.status() == jakarta.ws.rs.core.Response.Status.BAD_REQUEST ? ApiException.invalid(e.getMessage(),
                    e.toError().details().stream().map(detail -> new ApiError.FieldError(
                            detail.field().equals("amount") ? "refundAmount" : "refundReason", detail.message())).toList()) : e;
        }
    }
}
