package uk.tierless.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @Test
    void aProxysOrAClientsIdIsKeptWhenItCanHoldNothingPersonal() {
        assertThat(RequestIds.ofCaller("4f1c2b7e9a0d4c3b8e6f5a4d3c2b1a09")).isEqualTo("4f1c2b7e9a0d4c3b8e6f5a4d3c2b1a09");
        assertThat(RequestIds.ofCaller("0b5e2a7c-1d3f-4e6a-9b8c-7d6e5f4a3b2c")).isEqualTo("0b5e2a7c-1d3f-4e6a-9b8c-7d6e5f4a3b2c");
    }

    @Test
    void anythingElseIsReplaced() {
        assertThat(RequestIds.ofCaller(null)).isNull();
        assertThat(RequestIds.ofCaller("07700900461")).as("a phone number is too short").isNull();
        assertThat(RequestIds.ofCaller("jane.doe@example.org-request")).isNull();
        assertThat(RequestIds.ofCaller("abc\\r\\nX-Injected: yes abcdef")).isNull();
        assertThat(RequestIds.ofCaller("a".repeat(65))).isNull();
    }

    @Test
    void aFreshIdIs32HexDigitsAndDiffers() {
        assertThat(RequestIds.fresh()).matches("[0-9a-f]{32}").isNotEqualTo(RequestIds.fresh());
    }
}
