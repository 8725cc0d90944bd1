package uk.tierless.platform;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules for typed text that the keys' pages and APIs share. */
class TextTest {

    @Test
    void aNameOnOneLineIsTrimmedAndHeldToItsLength() {
        assertThat(Text.oneLine("  Waste CRM ", 100)).isEqualTo("Waste CRM");
        assertThat(Text.oneLine("x".repeat(100), 100)).hasSize(100);
        assertThat(Text.oneLine("x".repeat(101), 100)).isNull();
        assertThat(Text.oneLine("   ", 100)).isNull();
        assertThat(Text.oneLine(null, 100)).isNull();
        assertThat(Text.oneLine("two\nlines", 100)).isNull();
        assertThat(Text.oneLine("a\ttab", 100)).isNull();
    }

    @Test
    void anIdIsAUuidOrNothing() {
        UUID id = UUID.randomUUID();
        assertThat(Text.uuid(id.toString())).contains(id);
        assertThat(Text.uuid("not-a-key")).isEmpty();
        assertThat(Text.uuid("")).isEmpty();
        assertThat(Text.uuid(null)).isEmpty();
    }

    @Test
    void aKeyStartsWithItsPrefixAndIsNeverTheSameTwice() {
        String key = Secrets.key("tlk_");
        assertThat(key).startsWith("tlk_").hasSize("tlk_".length() + 43).isNotEqualTo(Secrets.key("tlk_"));
        assertThat(key.substring(4)).matches("[A-Za-z0-9_-]+");
    }
}
