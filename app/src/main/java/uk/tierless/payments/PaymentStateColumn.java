package uk.tierless.payments;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A state is kept in the database as GOV.UK Pay writes it (lowercase), as the table's check constraint asks. */
@Converter(autoApply = true)
public class PaymentStateColumn implements AttributeConverter<PaymentState, String> {

    @Override
    public String convertToDatabaseColumn(PaymentState state) {
        return state == null ? null : state.value();
    }

    @Override
    public PaymentState convertToEntityAttribute(String value) {
        return value == null ? null : PaymentState.of(value)
                .orElseThrow(() -> new IllegalStateException("Not a payment state: " + value));
    }
}
