package uk.tierless.requests;

import org.junit.jupiter.api.Test;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule for channels and origin that the API and the form pages both follow. */
class ChannelsTest {

    private static final Optional<Staff> CASEWORKER =
            Optional.of(new Staff("kim", "Kim", "tamworth", null, Set.of("caseworker")));
    private static final Optional<Staff> RESIDENT = Optional.empty();

    @Test
    void theApiDefaultsToPhoneForStaffAndToAppForAnyoneElse() {
        assertThat(Channels.forApi(null, CASEWORKER)).isEqualTo("phone");
        assertThat(Channels.forApi(null, RESIDENT)).isEqualTo("app");
        assertThat(Channels.forApi("face_to_face", CASEWORKER)).isEqualTo("face_to_face");
        assertThat(Channels.forApi("web", RESIDENT)).isEqualTo("web");
    }

    @Test
    void onlyStaffClaimPhoneOrFaceToFaceAndStaffClaimNothingElse() {
        assertThatThrownBy(() -> Channels.forApi("phone", RESIDENT)).isInstanceOf(ApiException.class)
                .hasMessageContaining("Only council staff");
        assertThatThrownBy(() -> Channels.forApi("app", CASEWORKER)).isInstanceOf(ApiException.class)
                .hasMessageContaining("Staff file requests for callers and visitors");
    }

    @Test
    void noOneClaimsTheOpen311ChannelThroughTheApi() {
        assertThatThrownBy(() -> Channels.forApi("open311", RESIDENT)).isInstanceOf(ApiException.class)
                .hasMessageContaining("come through Open311");
        assertThatThrownBy(() -> Channels.forApi("open311", CASEWORKER)).isInstanceOf(ApiException.class);
    }

    @Test
    void thePagesFileResidentsOnTheWebAndStaffByPhoneUnlessTheyChooseFaceToFace() {
        assertThat(Channels.forPage("face_to_face", RESIDENT)).isEqualTo("web");
        assertThat(Channels.forPage(null, CASEWORKER)).isEqualTo("phone");
        assertThat(Channels.forPage("web", CASEWORKER)).isEqualTo("phone");
        assertThat(Channels.forPage("face_to_face", CASEWORKER)).isEqualTo("face_to_face");
    }

    @Test
    void aStaffMembersOwnCouncilIsTheOriginWhateverElseIsNamed() {
        assertThat(Channels.origin(CASEWORKER, "lichfield")).isEqualTo("tamworth");
        assertThat(Channels.origin(RESIDENT, "lichfield")).isEqualTo("lichfield");
    }
}
