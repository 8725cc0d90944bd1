package uk.tierless.requests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    @Test
    void anOpenRequestMovesToAnyStageOfWorkOrIsClosedButNeverBackToSubmitted() {
        for (String open : Lifecycle.OPEN) {
            assertThat(Lifecycle.allowed(open)).as(open).containsAll(Lifecycle.CLOSED)
                    .doesNotContain(Lifecycle.SUBMITTED, open);
        }
        assertThat(Lifecycle.allowed("submitted")).startsWith("for_triage", "acknowledged", "investigating",
                "action_scheduled", "in_progress");
        assertThat(Lifecycle.canMove("in_progress", "action_scheduled")).isTrue();
        assertThat(Lifecycle.canMove("in_progress", "reopened")).isFalse();
    }

    @Test
    void aClosedRequestCanOnlyBeReopened() {
        for (String closed : Lifecycle.CLOSED) {
            assertThat(Lifecycle.allowed(closed)).as(closed).containsExactly(Lifecycle.REOPENED);
            assertThat(Lifecycle.isOpen(closed)).isFalse();
        }
        assertThat(Lifecycle.canMove("fixed", "in_progress")).isFalse();
        assertThat(Lifecycle.allowed("lost")).isEmpty();
    }

    @Test
    void everyStatusHasWordsForTheResident() {
        assertThat(Lifecycle.all()).hasSize(13).allSatisfy(status ->
                assertThat(Lifecycle.label(status)).isNotBlank().doesNotContain("_")
                        .isEqualTo(Lifecycle.label(status).toLowerCase(java.util.Locale.UK)));
        assertThat(Lifecycle.label("not_councils_responsibility")).isEqualTo("not this council's responsibility");
    }
}
