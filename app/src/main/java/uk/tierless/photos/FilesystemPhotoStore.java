package uk.tierless.photos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.TierlessConfig;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Photos as files under the data folder ({@code tierless.photos-dir}), spread over 256 sub-folders by the id's first
 * two characters. A file is written beside its final name, flushed to disk, then moved into place, so a crash never
 * leaves half a photo under a real id.
 */
@ApplicationScoped
public class FilesystemPhotoStore implements PhotoStore {

    @Inject
    TierlessConfig config;

    @Override
    public void put(String id, byte[] content) throws IOException {
        Path target = path(id);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(id + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Optional<byte[]> get(String id) throws IOException {
        Path file = path(id);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public boolean exists(String id) {
        return Files.isRegularFile(path(id));
    }

    @Override
    public void delete(String id) throws IOException {
        Files.deleteIfExists(path(id));
    }

    private Path path(String id) {
        if (!Photos.isPhotoId(id)) {
            throw new IllegalArgumentException("Not a photo id: " + id);
        }
        return config.photosDir().resolve(id.substring(0, 2)).resolve(id);
    }
}
