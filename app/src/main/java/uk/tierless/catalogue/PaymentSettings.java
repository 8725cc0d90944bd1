package uk.tierless.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.util.List;

/**
 * What a form service charges, as a council writes it in services.yaml under the offer's {@code payment} (docs/fees.md).
 * Either fixed {@code fees}, chosen by the answer to {@code feeQuestion} (a radios question whose option values are
 * the fees' codes) and multiplied by the whole-number answer to {@code quantityQuestion} if there is one (counted in
 * {@code unit} and {@code units}, "copy" and "copies", for the description); or the amount the resident gives in
 * answer to {@code amountQuestion} (a money question), from {@code minimum} to {@code maximum}. Amounts are whole
 * pence. {@code makesRequest}: whether a payment becomes a request in the council's queue (default yes);
 * {@code description}: the charge's words on the card page (default: the service's name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentSettings(List<Fee> fees, String feeQuestion, String quantityQuestion, String unit, String units,
                              String amountQuestion, @JsonDeserialize(using = WholePence.class) Long minimum,
                              @JsonDeserialize(using = WholePence.class) Long maximum, Boolean makesRequest,
                              String description) {

    /** One fee: its code (an option value of the fee question), its name for residents, its amount in pence. */
    public record Fee(String code, String name, @JsonDeserialize(using = WholePence.class) Long amount) {
    }


    public List<Fee> feesOrEmpty() {
        return fees == null ? List.of() : fees;
    }

    /** Whether the resident says how much they pay (an amount question) rather than choosing a fee. */
    public boolean byAmount() {
        return amountQuestion != null;
    }

    public boolean makesRequestOrDefault() {
        return !Boolean.FALSE.equals(makesRequest);
    }
}
