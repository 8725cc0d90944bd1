package uk.tierless.tenancy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a tier as its lower-case code, the word the schema's check constraint allows. */
@Converter(autoApply = true)
public class TierConverter implements AttributeConverter<Tier, String> {

    @Override
    public String convertToDatabaseColumn(Tier tier) {
        return tier == null ? null : tier.code();
    }

    @Override
    public Tier convertToEntityAttribute(String code) {
        return code == null ? null : Tier.fromCode(code);
    }
}
