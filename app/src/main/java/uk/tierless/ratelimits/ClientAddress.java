package uk.tierless.ratelimits;

import io.netty.util.NetUtil;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import uk.tierless.platform.TierlessConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling: the connection's peer, or, only when the peer is one of the configured trusted proxies, the
 * right-most address in {@code X-Forwarded-For} that is not a trusted proxy. Everything left of that address was
 * written by the client and proves nothing; from an untrusted peer the header is ignored altogether.
 */
@Singleton
@Startup
public class ClientAddress {

    /** A client whose address cannot be read; all such clients share one allowance. */
    static final String UNKNOWN = "unknown";

    private final List<Network> trusted;

    @Inject
    HttpServerRequest request;

    @Inject
    ClientAddress(TierlessConfig config) {
        this(config.trustedProxies().orElse(List.of()));
    }

    /** Refuses to start with a list it cannot read, naming the entry. */
    ClientAddress(List<String> trustedProxies) {
        trusted = trustedProxies.stream().map(String::trim).filter(entry -> !entry.isEmpty()).map(Network::parse).toList();
    }

    /** The client of the current HTTP request, as {@link #of} decides. */
    public String current() {
        SocketAddress peer = request.remoteAddress();
        return of(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /**
     * The client's address in a canonical form, given the peer's address and the {@code X-Forwarded-For} headers
     * as received (several headers count as one list, in order). A junk entry ends the walk at the last address a
     * trusted proxy vouched for, so junk cannot make a client someone else.
     */
    String of(String peer, List<String> forwardedFor) {
        Optional<byte[]> current = parse(peer);
        if (current.isEmpty()) {
            return UNKNOWN;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
        for (int i = hops.size() - 1; i >= 0 && isTrusted(current.get()); i--) {
            Optional<byte[]> next = parse(hops.get(i));
            if (next.isEmpty()) {
                break;
            }
            current = next;
        }
        return format(current.get());
    }

    /**
     * The part of an address that stands for one client: an IPv4 address, or an IPv6 address's /64, which one
     * household or machine usually holds whole (so hopping between its addresses does not escape a limit).
     */
    static String network(String address) {
        Optional<byte[]> bytes = parse(address);
        if (bytes.isEmpty()) {
            return UNKNOWN;
        }
        if (bytes.get().length == 4) {
            return format(bytes.get());
        }
        byte[] prefix = Arrays.copyOf(bytes.get(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        return format(prefix) + "/64";
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    /**
     * An IP address as found in headers: {@code 192.0.2.1}, {@code 192.0.2.1:8080}, {@code 2001:db8::1},
     * {@code [2001:db8::1]:443}; IPv4 inside IPv6 ({@code ::ffff:192.0.2.1}) counts as IPv4. Never a DNS lookup.
     */
    static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.trim();
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            address = end < 0 ? "" : address.substring(1, end);
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':'));
        }
        byte[] bytes = address.isEmpty() || address.indexOf('%') >= 0 ? null : NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return Optional.empty();
        }
        boolean mapped = bytes.length == 16 && Arrays.equals(Arrays.copyOf(bytes, 12), IPV4_MAPPED);
        return Optional.of(mapped ? Arrays.copyOfRange(bytes, 12, 16) : bytes);
    }

    private static final byte[] IPV4_MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A trusted proxy's network: an address and how many leading bits of it must match. */
    record Network(byte[] address, int bits) {

        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            byte[] address = ClientAddress.parse(slash < 0 ? cidr : cidr.substring(0, slash)).orElseThrow(() ->
                    new IllegalArgumentException("tierless.trusted-proxies: '" + cidr + "' is not an IP address or CIDR"));
            int max = address.length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("tierless.trusted-proxies: '" + cidr + "' needs a prefix length from 0 to " + max);
            }
            return new Network(address, bits);
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
