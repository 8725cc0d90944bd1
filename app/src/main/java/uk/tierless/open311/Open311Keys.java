package uk.tierless.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.platform.Secrets;
import uk.tierless.platform.Text;
import uk.tierless.tenancy.CouncilView;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Open311 keys: issued for one client to one council or one partnership, shown once, kept only as a hash, revoked
 * by the same people who issue them. A key says who posts (the client's name) and where it may file.
 */
@ApplicationScoped
public class Open311Keys {

    /** Prefixed so that a key pasted somewhere it should not be is recognised for what it is. */
    static final String PREFIX = "tl311_";
    static final int MAX_CLIENT = 100;

    @Inject
    Clock clock;

    /** Whose keys: a council's ({@code council} set) or a partnership's ({@code partnership} set). */
    public record Owner(String council, String partnership) {
        public static Owner council(String slug) {
            return new Owner(slug, null);
        }

        public static Owner partnership(String slug) {
            return new Owner(null, slug);
        }
    }

    /** A key just made: the only time {@code key} is seen (the API's answer; {@code council} or {@code partnership}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IssuedKey(UUID id, String key, String client, String council, String partnership, Instant createdAt) {
    }

    /** A key as its issuers see it afterwards: never the key itself. */
    public record KeyView(UUID id, String client, String council, String partnership, Instant createdAt, String createdBy,
                          Instant revokedAt, String revokedBy) {
    }

    /** Who a key in use belongs to. */
    public record Holder(String client, String council, String partnership) {

        /** A council's key files into that council only; a partnership's into any of its councils. */
        public boolean mayFileInto(CouncilView into) {
            return council != null ? council.equals(into.slug()) : partnership.equals(into.partnership());
        }

        /** A council's key is for its council and its partnership; a partnership's for it and its councils. */
        public boolean mayUse(Jurisdiction jurisdiction) {
            return council != null ? jurisdiction.covers(council) : jurisdiction.slug().equals(partnership)
                    || jurisdiction.councils().stream().allMatch(member -> partnership.equals(member.partnership()));
        }

        /** The council or partnership whose key it is. */
        public String owner() {
            return council != null ? council : partnership;
        }
    }

    @Transactional
    public IssuedKey issue(Owner owner, String client, String issuedBy) {
        String name = Text.oneLine(client, MAX_CLIENT);
        if (name == null) {
            throw ApiException.invalid("Name the client the key is for.", List.of(new ApiError.FieldError("client",
                    "client must be the client's name, 1 to " + MAX_CLIENT + " characters on one line")));
        }
        String key = Secrets.key(PREFIX);
        Open311Key row = new Open311Key();
        row.id = UUID.randomUUID();
        row.keyHash = Secrets.sha256(key);
        row.client = name;
        row.council = owner.council();
        row.partnership = owner.partnership();
        row.createdAt = Instant.now(clock);
        row.createdBy = issuedBy;
        row.persist();
        return new IssuedKey(row.id, key, row.client, row.council, row.partnership, row.createdAt);
    }

    /** The owner's keys, newest first, revoked ones included. */
    @Transactional
    public List<KeyView> of(Owner owner) {
        List<Open311Key> rows = owner.council() != null
                ? Open311Key.list("council", Sort.descending("createdAt"), owner.council())
                : Open311Key.list("partnership", Sort.descending("createdAt"), owner.partnership());
        return rows.stream().map(Open311Keys::view).toList();
    }

    /** Revokes the owner's key: a key of someone else's, or none, is a 404; revoking twice changes nothing. */
    @Transactional
    public KeyView revoke(Owner owner, String id, String revokedBy) {
        Open311Key row = Text.uuid(id).flatMap(uuid -> Open311Key.<Open311Key>findByIdOptional(uuid))
                .filter(found -> owner.equals(new Owner(found.council, found.partnership)))
                .orElseThrow(() -> ApiException.notFound("There is no such Open311 key here."));
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
        return Open311Key.<Open311Key>find("keyHash = ?1 and revokedAt is null", Secrets.sha256(key)).firstResultOptional()
                .map(row -> new Holder(row.client, row.council, row.partnership));
    }

    private static KeyView view(Open311Key row) {
        return new KeyView(row.id, row.client, row.council, row.partnership, row.createdAt, row.createdBy, row.revokedAt,
                row.revokedBy);
    }
}
