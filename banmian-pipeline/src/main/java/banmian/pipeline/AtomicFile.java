package banmian.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that appears complete or not at all: content goes to a temporary file beside the target
 * (same file system, so the rename is atomic) and is moved over the target on {@link #commit()}.
 * Closing without committing deletes the temporary file, so a failed run leaves nothing behind.
 */
public final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    public static AtomicFile create(Path target) throws IOException {
        return create(target, new FileAttribute<?>[0]);
    }

    private static AtomicFile create(Path target, FileAttribute<?>... attributes) throws IOException {
        Path absolute = target.toAbsolutePath();
        String hidden = "." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
        Path temp = absolute.resolveSibling(hidden);
        // CREATE_NEW never clobbers; unlike createTempFile it keeps the usual permissions (umask).
        return new AtomicFile(target, temp, Channels.newOutputStream(Files.newByteChannel(temp,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)));
    }

    public static void write(Path target, byte[] content) throws IOException {
        try (AtomicFile file = create(target)) {
            file.stream().write(content);
            file.commit();
        }
    }

    /**
     * As {@link #write}, for a secret: the file is readable and writable by its owner only from its
     * first byte on, not made so after it was written. A file system without POSIX permissions gives
     * it the directory's.
     */
    public static void writeOwnerOnly(Path target, byte[] content) throws IOException {
        try (AtomicFile file = createOwnerOnly(target)) {
            file.stream().write(content);
            file.commit();
        }
    }

    private static AtomicFile createOwnerOnly(Path target) throws IOException {
        try {
            return create(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException noPosixPermissions) {
            return create(target);
        }
    }

    public OutputStream stream() {
        return out;
    }

    public void commit() throws IOException {
        out.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
