package uk.tierless.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * Reads an amount of a service's payment section: a whole number of pence, written as an integer. Jackson would
 * otherwise read 12.5 as 12 or "12.50" as 12, quietly changing a council's fee; here they are refused.
 */
final class WholePence extends StdDeserializer<Long> {

    WholePence() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        return (Long) context.reportInputMismatch(Long.class, "must be a whole number of pence, such as 1250 for £12.50");
    }
}
