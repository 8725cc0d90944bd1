package uk.tierless.platform;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as GOV.UK writes it ("1 December 2026"), in London, for templates: {@code {key.createdAt.inWords}}. */
@TemplateExtension
public final class DatesInWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private DatesInWords() {
    }

    static String inWords(Instant instant) {
        return DAY.format(instant);
    }
}
