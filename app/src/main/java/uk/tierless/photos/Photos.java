package uk.tierless.photos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photos residents add to a request: at most {@value #MAX_BYTES} bytes, JPEG, PNG or HEIC by their content, with
 * location and other metadata removed before they are stored. A stored photo is known by a random id (which names
 * its type), and a request's answer holds that id. A photo no request uses after a day is deleted.
 */
@ApplicationScoped
public class Photos {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String TOO_LARGE = "The selected file must be smaller than 10 MB";
    public static final String WRONG_TYPE = "The selected file must be a JPEG, PNG or HEIC";

    /** How long a photo no request uses is kept: long enough to finish a form, short enough to keep nothing idle. */
    static final Duration UNUSED_FOR = Duration.ofDays(1);

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|heic)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored photo: its id, type and size after cleaning. */
    public record StoredPhoto(String id, PhotoType type, long size) {
    }

    /** A stored photo's bytes, for staff to see. */
    public record Photo(PhotoType type, byte[] content) {
    }

    @Inject
    PhotoStore store;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public static boolean isPhotoId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Reads at most the limit from the stream; refuses a photo that is too large, of another type or unreadable. */
    public StoredPhoto store(InputStream upload) throws PhotoRefusedException {
        byte[] content;
        try {
            content = upload.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_BYTES) {
            throw new PhotoRefusedException(TOO_LARGE);
        }
        PhotoType type = PhotoType.sniff(content).orElseThrow(() -> new PhotoRefusedException(WRONG_TYPE));
        PhotoCheck.verify(content, type);
        byte[] cleaned = LocationStripper.strip(content, type);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = HexFormat.of().formatHex(random) + "." + type.extension();
        try {
            store.put(id, cleaned);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a photo", e);
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into photo_uploads (id, stored_at) values (:id, :now)")
                .setParameter("id", id).setParameter("now", Instant.now(clock)).executeUpdate());
        return new StoredPhoto(id, type, cleaned.length);
    }

    /** These photos are part of a request now: they stay. Runs in the caller's transaction. */
    public void markUsed(Collection<String> ids) {
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("update photo_uploads set used = true where id in (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * Deletes the photos stored before {@code cutoff} that no request uses (a resident added one, then never sent
     * the form); answers how many. Hourly, from {@link #sweepUnused()}.
     */
    @ActivateRequestContext
    public int deleteUnusedBefore(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<String> unused = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select id from photo_uploads where not used and stored_at < :cutoff").setParameter("cutoff", cutoff)
                .getResultList());
        for (String id : unused) {
            try {
                store.delete(id);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete the unused photo " + id, e);
            }
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "delete from photo_uploads where id = :id and not used").setParameter("id", id).executeUpdate());
        }
        return unused.size();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void sweepUnused() {
        deleteUnusedBefore(Instant.now(clock).minus(UNUSED_FOR));
    }

    public boolean exists(String id) {
        return isPhotoId(id) && store.exists(id);
    }

    public Optional<Photo> open(String id) {
        if (!isPhotoId(id)) {
            return Optional.empty();
        }
        try {
            PhotoType type = PhotoType.ofExtension(id.substring(id.indexOf('.') + 1)).orElseThrow();
            return store.get(id).map(content -> new Photo(type, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
