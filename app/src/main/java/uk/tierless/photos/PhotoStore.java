package uk.tierless.photos;

import java.io.IOException;
import java.util.Optional;

/**
 * Where photos are kept, by id. The filesystem store is the one Tierless ships; an object store (S3 and the like) is
 * another implementation of this interface.
 */
public interface PhotoStore {

    /** Keeps the bytes under this id, durably, before it returns. */
    void put(String id, byte[] content) throws IOException;

    Optional<byte[]> get(String id) throws IOException;

    boolean exists(String id);

    /** Removes the photo; nothing when there is none. */
    void delete(String id) throws IOException;
}
