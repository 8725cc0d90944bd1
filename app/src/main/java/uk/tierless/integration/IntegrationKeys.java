package uk.tierless.integration;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.platform.Secrets;
import uk.tierless.platform.Text;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Integration keys: issued to one back office (a CRM, a contractor's system) of one council by that council's tenant
 * administrators, shown once, kept only as a hash, revoked by the same people. A key lets its holder update that
 * council's requests through the API, as the council's back office (docs/integration.md, Updates coming back).
 */
@ApplicationScoped
public class IntegrationKeys {

    /** The header a back office sends its key in. */
    public static final String HEADER = "Tierless-Key";

    /** Prefixed so that a key pasted somewhere it should not be is recognised for what it is. */
    public static final String PREFIX = "tlk_";
    static final int MAX_CLIENT = 100;

    @Inject
    Clock clock;

    /** A key just made: the only time {@code key} is seen. */
    public record IssuedKey(UUID id, String key, String client, String council, Instant createdAt) {
    }

    /** A key as its issuers see it afterwards: never the key itself. */
    public record KeyView(UUID id, String client, String council, Instant createdAt, String createdBy,
                          Instant revokedAt, String revokedBy) {
    }

    /** Who a key in use belongs to: a back office of one council. */
    public record Holder(String client, String council) {
    }

    @Transactional
    public IssuedKey issue(String council, String client, String issuedBy) {
        String name = Text.oneLine(client, MAX_CLIENT);
        if (name == null) {
            throw ApiException.invalid("Name the back office the key is for.", List.of(new ApiError.FieldError("client",
                    "client must be the back office's name, 1 to " + MAX_CLIENT + " characters on one line")));
        }
        String key = Secrets.key(PREFIX);
        IntegrationKey row = new IntegrationKey();
        row.id = UUID.randomUUID();
        row.keyHash = Secrets.sha256(key);
        row.client = name;
        row.council = council;
        row.createdAt = Instant.now(clock);
        row.createdBy = issuedBy;
        row.persist();
        return new IssuedKey(row.id, key, row.client, row.council, row.createdAt);
    }

    /** The council's keys, newest first, revoked ones included. */
    @Transactional
    public List<KeyView> of(String council) {
        return IntegrationKey.<IntegrationKey>list("council", Sort.descending("createdAt"), council).stream()
                .map(IntegrationKeys::view).toList();
    }

    /** Revokes the council's key: another council's key, or none, is a 404; revoking twice changes nothing. */
    @Transactional
    public KeyView revoke(String council, String id, String revokedBy) {
        IntegrationKey row = Text.uuid(id).flatMap(uuid -> IntegrationKey.<IntegrationKey>findByIdOptional(uuid))
                .filter(found -> found.council.equals(council))
                .orElseThrow(() -> ApiException.notFound("There is no such integration key here."));
        if (row.revokedAt == null) {
            row.revokedAt = Instant.now(clock);
            row.revokedBy = revokedBy;
        }
        return view(row);
    }

    /** The holder of a key that is in use (not revoked), or nothing for a wrong, unknown or revoked key. */
    @Transactional
    public Optional<Holder> holder(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return IntegrationKey.<IntegrationKey>find("keyHash = ?1 and revokedAt is null", Secrets.sha256(key))
                .firstResultOptional().map(row -> new Holder(row.client, row.council));
    }

    /**
     * The back office whose key this is: a 401 in the API's shape for a wrong, unknown or revoked key, and a 400 when
     * the call also carries an {@code Authorization} header (a key and a token at once: which is the caller?).
     */
    public Holder require(String key, String authorization) {
        if (authorization != null) {
            throw ApiException.invalid("Send either a " + HEADER + " or a bearer token, not both.", List.of());
        }
        return holder(key).orElseThrow(() -> new ApiException(Response.Status.UNAUTHORIZED, "unauthorized",
                "The " + HEADER + " is not a valid integration key: it may be mistyped or revoked. Ask your council's"
                        + " administrators for a key.", List.of()));
    }

    private static KeyView view(IntegrationKey row) {
        return new KeyView(row.id, row.client, row.council, row.createdAt, row.createdBy, row.revokedAt, row.revokedBy);
    }
}
