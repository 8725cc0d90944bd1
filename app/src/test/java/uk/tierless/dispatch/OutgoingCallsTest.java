package uk.tierless.dispatch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No server-side request forgery through a council's setting: https only, public addresses only. */
class OutgoingCallsTest {

    @Test
    void loopbackPrivateSharedLinkLocalAndUnspecifiedAddressesAreRefused() throws UnknownHostException {
        for (String address : new String[]{"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.254",
                "192.168.1.1", "100.64.0.1", "169.254.169.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "::1", "::",
                "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1"}) {
            assertThat(OutgoingCalls.forbidden(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : new String[]{"93.184.216.34", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2606:4700::1111"}) {
            assertThat(OutgoingCalls.forbidden(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void anAddressIsJudgedByWhatItsNameResolvesToAndMustBeHttps() {
        assertThatThrownBy(() -> OutgoingCalls.checked("https://localhost/hook", false))
                .isInstanceOf(Channel.Undeliverable.class)
                .hasMessageContaining("localhost resolves to 127.0.0.1, which is not a public address");
        assertThatThrownBy(() -> OutgoingCalls.checked("https://10.0.0.7/hook", false))
                .hasMessage("10.0.0.7 resolves to 10.0.0.7, which is not a public address: Tierless does not call it");
        assertThatThrownBy(() -> OutgoingCalls.checked("https://[::1]:8443/hook", false))
                .hasMessageContaining("which is not a public address");
        assertThatThrownBy(() -> OutgoingCalls.checked("http://93.184.216.34/hook", false))
                .hasMessage("http://93.184.216.34/hook is not an https:// address");
        assertThatThrownBy(() -> OutgoingCalls.checked("file:///etc/passwd", false))
                .isInstanceOf(Channel.Undeliverable.class);
    }

    @Test
    void allowingPrivateAddressesLetsLocalTrialsUseHttpAndLoopback() throws Exception {
        assertThat(OutgoingCalls.checked("http://127.0.0.1:8099/hook", true).getPort()).isEqualTo(8099);
        assertThatThrownBy(() -> OutgoingCalls.checked("ftp://127.0.0.1/hook", true))
                .isInstanceOf(Channel.Undeliverable.class);
    }
}
