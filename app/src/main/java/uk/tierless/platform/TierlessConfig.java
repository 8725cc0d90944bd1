package uk.tierless.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Tierless's own settings (README.md, Configuration); each can be set by environment, e.g. TIERLESS_TENANTS_DIR. */
@ConfigMapping(prefix = "tierless")
public interface TierlessConfig {

    /** The folder of council and partnership files (configuration as code), relative to the working directory. */
    @WithDefault("tenants")
    Path tenantsDir();

    /**
     * The slug of the partnership (tenants/partnerships/<slug>.yaml) whose front door is shown at a host that no
     * partnership's {@code hosts} names, until the resident's council is known.
     */
    @WithDefault("staffordshire-connects")
    String defaultPartnership();

    /** Mark session and CSRF cookies Secure: set it behind a TLS-terminating proxy. */
    @WithDefault("false")
    boolean secureCookies();

    Identity identity();

    /**
     * A folder of demo data (ops/demo) loaded into an empty gazetteer at start: make run and the tests set it;
     * production leaves it unset and loads real data with the importers.
     */
    Optional<Path> demoDataDir();

    /**
     * With the demo data, also load the board's year of generated history (reports/DemoHistory). Most of a start
     * goes on it: the tests and checks that never read the board turn it off.
     */
    @WithDefault("true")
    boolean demoHistory();

    /** Where residents' photos are kept (the filesystem photo store): under the data folder unless set. */
    Path photosDir();

    Map map();

    /** The address residents reach Tierless at, for links in emails (tracking links). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Mail mail();

    Notify govukNotify();

    /**
     * The proxies (CIDRs, such as 10.0.0.0/8 or 2001:db8::/32) whose X-Forwarded-For is believed; from anyone
     * else that header is ignored. Unset (the default), the peer of each connection is the client.
     */
    Optional<List<String>> trustedProxies();

    RateLimits rateLimits();

    Open311 open311();

    DispatchSettings dispatch();

    Usage usage();

    Gazetteer gazetteer();

    /** Anonymous usage counts (reports/UsageBuffer): kept in memory, written this often and at shutdown. */
    interface Usage {
        @WithDefault("5s")
        String flushEvery();
    }

    /** The postcode lookup's cache (gazetteer/PostcodeCache), emptied by every postcode or address import. */
    interface Gazetteer {
        /** How many postcodes it holds at most: about 250 bytes each; the national directory has 2.7 million. */
        @WithDefault("300000")
        long postcodeCacheSize();
    }

    /** Requests sent on to councils' back offices: webhooks and email (docs/integration.md). */
    interface DispatchSettings {
        /**
         * Whether a council's setting may send to http:// addresses and to loopback, private (RFC 1918, ULA),
         * link-local and unspecified addresses. For tests and local trials only: logged as a warning at start.
         */
        @WithDefault("false")
        boolean allowPrivate();

        /** How long to wait for a back office's server to accept the connection. */
        @WithDefault("5S")
        Duration connectTimeout();

        /** How long to wait for its answer once the request is sent. */
        @WithDefault("20S")
        Duration readTimeout();

        /** The wait after the first failed try; it doubles with every further failure, up to an hour. */
        @WithDefault("30S")
        Duration retryBase();

        /** How long after the request was made a dispatch is still retried; then it is dead. */
        @WithDefault("P1D")
        Duration giveUpAfter();

        /** How often the sender looks for dispatches to send. */
        @WithDefault("5s")
        String sendEvery();
    }

    Open311Client open311Client();

    /** The Open311 client that sends requests to a council's own back office and reads its updates (docs/integration.md, Open311 to the council's back office). */
    interface Open311Client {
        /** How long to wait for the back office to accept a connection. */
        @WithDefault("5S")
        Duration connectTimeout();

        /** How long to wait for the back office's answer once connected. */
        @WithDefault("30S")
        Duration readTimeout();

        /** How often each council's back offices are asked for updates; {@code off} stops the poller (the tests). */
        @WithDefault("5m")
        String pollEvery();
    }

    /** The Open311 GeoReport v2 server's discovery document (docs/open311.md). */
    interface Open311 {
        /** Who clients' developers ask about this server, as discovery's {@code contact} says it. */
        @WithDefault("Ask the digital team of the partnership that runs this Tierless.")
        String contact();
    }

    /** How many of each public call one client may make in a window (docs/rate-limits.md); staff are not limited. */
    interface RateLimits {
        @WithDefault("30")
        int submissions();

        @WithDefault("60")
        int photos();

        /** Tracking lookups by reference, found or not. */
        @WithDefault("30")
        int tracking();

        /** Lookups of any one reference, from all clients together. */
        @WithDefault("10")
        int trackingPerReference();

        /** Open311 reads (requests, one request, a token, FixMyStreet's updates), which need no key. */
        @WithDefault("60")
        int open311Reads();

        @WithDefault("1M")
        Duration window();

        /**
         * The secret of the keyed hash that stands for a client's address; the same on every instance. Unset, the
         * secret made once in the database is used.
         */
        Optional<String> keySecret();
    }

    interface Notify {
        /** GOV.UK Notify's API, for councils that send through it (their tenant.yaml names govukNotify). */
        @WithDefault("https://api.notifications.service.gov.uk")
        String baseUrl();
    }

    interface Mail {
        /**
         * How messages to residents leave: {@code files} (the default, for make run and trials) writes each as a
         * .eml file under {@link #filesDir()}; {@code smtp} sends through the SMTP server in QUARKUS_MAILER_*.
         */
        @WithDefault("files")
        Transport transport();

        /** Where {@code files} puts the messages. */
        Path filesDir();

        /** The sender's address; the display name is the council's. */
        @WithDefault("no-reply@tierless.localhost")
        String fromAddress();

        /** Tries before a message is dead (and shown to the council's administrators to retry). */
        @WithDefault("8")
        int maxAttempts();

        /** The wait after the first failed try; it doubles with every further failure, up to an hour. */
        @WithDefault("30S")
        java.time.Duration retryBase();

        /** How often the dispatcher looks for messages to send. */
        @WithDefault("5s")
        String dispatchEvery();

        enum Transport { FILES, SMTP }
    }

    interface Map {
        /**
         * A map tile server's URL template ({z}/{x}/{y}), for the map pin on location questions. Unset (the default),
         * no map is shown and residents describe where or use their address; set it with the tile server's origin
         * in {@code tierless.map.tile-origin} so the Content-Security-Policy allows its images.
         */
        Optional<String> tileUrl();

        /** The tile server's origin (https://tiles.example.org), added to the Content-Security-Policy's img-src. */
        Optional<String> tileOrigin();

        /** The attribution the tile server's licence asks for, shown on the map. */
        Optional<String> attribution();
    }

    interface Identity {
        /** Whether staff sign-in is configured: set by the launcher when it has a provider, or by the operator. */
        @WithDefault("false")
        boolean enabled();
    }
}
