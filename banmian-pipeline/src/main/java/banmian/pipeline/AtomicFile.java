package banmian.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        Path absolute = target.toAbsolutePath();
        String hidden = "." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
        Path temp = absolute.resolveSibling(hidden);
        // CREATE_NEW never clobbers; unlike createTempFile it keeps the usual permissions (umask).
        return new AtomicFile(target, temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    public static void write(Path target, byte[] content) throws IOException {
        try (AtomicFile file = create(target)) {
            file.stream().write(content);
            file.commit();
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
