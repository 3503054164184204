package banmian.archive;

import banmian.model.MetaCheck;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file of the archive that cannot be used as it is: a page JSON that does not parse or does not
 * describe the page its path names, a papers table with a bad entry. The message is one line naming
 * the file by its path inside the data directory and the problem
 * ({@code pages/renminribao/2018-01-02/p07.json: damaged page JSON (…)}), so it can be shown to a
 * user or a client without giving away where the data directory is; {@link #file()} is the full path.
 */
public final class DamagedFileException extends IOException {
    private final Path file;
    private final String problem;

    DamagedFileException(Path data, Path file, String problem, Throwable cause) {
        super(inside(data, file) + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The damaged file, as the data directory was given plus the file's place in it. */
    public Path file() {
        return file;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }

    private static String inside(Path data, Path file) {
        Path relative = file.startsWith(data) ? data.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }

    /** One line for a message: Jackson's and the decoders' messages carry newlines and source excerpts. */
    static String oneLine(Throwable e) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                ? json.getOriginalMessage() + (json.getLocation() == null ? ""
                        : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr())
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = MetaCheck.escaped(message.replaceAll("\\s+", " ").strip());
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
