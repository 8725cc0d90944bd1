package uk.tierless.ratelimits;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the client is, from the peer and X-Forwarded-For, with and without trusted proxies. */
class ClientAddressTest {

    private final ClientAddress noProxies = new ClientAddress(List.of());
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", " 192.0.2.7 ", "2001:db8:a::/48"));

    @Test
    void fromAnUntrustedPeerXForwardedForIsIgnored() {
        assertThat(noProxies.of("198.51.100.20", List.of("203.0.113.9"))).isEqualTo("198.51.100.20");
        assertThat(behindProxies.of("198.51.100.20", List.of("203.0.113.9, 10.0.0.1"))).isEqualTo("198.51.100.20");
        // 10.0.0.1 is trusted, but this peer is not: it cannot pass itself off as the proxy's client.
        assertThat(behindProxies.of("11.0.0.1", List.of("203.0.113.9"))).isEqualTo("11.0.0.1");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostUntrustedAddress() {
        assertThat(behindProxies.of("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // The left-most entries are the client's own claims: a forged one changes nothing.
        assertThat(behindProxies.of("10.1.2.3", List.of("1.1.1.1, 203.0.113.9, 192.0.2.7"))).isEqualTo("203.0.113.9");
        // Several headers are one list, in order.
        assertThat(behindProxies.of("10.1.2.3", List.of("1.1.1.1", "203.0.113.9", "10.9.9.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        // Nothing but proxies: the one furthest out.
        assertThat(behindProxies.of("10.1.2.3", List.of("10.4.4.4, 192.0.2.7"))).isEqualTo("10.4.4.4");
    }

    @Test
    void portsBracketsIpv6AndMappedIpv4AreRead() {
        assertThat(behindProxies.of("10.1.2.3", List.of("203.0.113.9:51234"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("10.1.2.3", List.of("[2001:db8:b::1]:443"))).isEqualTo("2001:db8:b:0:0:0:0:1");
        assertThat(behindProxies.of("2001:db8:a:1::5", List.of("2001:DB8:B::1"))).isEqualTo("2001:db8:b:0:0:0:0:1");
        assertThat(behindProxies.of("::ffff:10.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // 2001:db8:a::/48 is trusted, 2001:db8:aa:: is not.
        assertThat(behindProxies.of("2001:db8:aa::1", List.of("203.0.113.9"))).isEqualTo("2001:db8:aa:0:0:0:0:1");
    }

    @Test
    void junkEndsTheWalkAtTheLastAddressAProxyVouchedFor() {
        assertThat(behindProxies.of("10.1.2.3", List.of("unknown"))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", List.of("203.0.113.9, not-an-ip, 10.0.0.9"))).isEqualTo("10.0.0.9");
        assertThat(behindProxies.of("10.1.2.3", List.of("junk, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("10.1.2.3", List.of("1.2.3", "fe80::1%eth0"))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", List.of(" , "))).isEqualTo("10.1.2.3");
        // Host names are never looked up.
        assertThat(behindProxies.of("10.1.2.3", List.of("localhost"))).isEqualTo("10.1.2.3");
        assertThat(noProxies.of(null, List.of("203.0.113.9"))).isEqualTo(ClientAddress.UNKNOWN);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(ClientAddress.network("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.network("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.network("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.network("2001:db8:1:2::1"));
        assertThat(ClientAddress.network("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxiesListItCannotReadStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
                .hasMessageContaining("'10.0.0.0/33' needs a prefix length from 0 to 32");
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.com")))
                .hasMessageContaining("'proxy.example.com' is not an IP address or CIDR");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/x")))
                .hasMessageContaining("'10.0.0.0/x' needs a prefix length");
    }
}
