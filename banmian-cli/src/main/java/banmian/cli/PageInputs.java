package banmian.cli;

import banmian.text.InputDecoder;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and decodes every input before anything is parsed or written, so one unusable file stops
 * the whole run with every problem listed, instead of leaving half the outputs behind.
 */
final class PageInputs {
    static final String STDIN_ARGUMENT = "-";
    static final String STDIN_NAME = "<stdin>";
    /** What the output of standard input is called when outputs are named after their inputs. */
    static final String STDIN_FILE_NAME = "stdin";

    private PageInputs() {
    }

    static List<PageInput> readAll(List<String> arguments, InputStream stdin) throws UserError {
        if (arguments.stream().filter(STDIN_ARGUMENT::equals).count() > 1) {
            throw UserError.badInput(STDIN_NAME + ": standard input (-) can be read only once");
        }
        List<PageInput> inputs = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        for (String argument : arguments) {
            try {
                inputs.add(STDIN_ARGUMENT.equals(argument) ? readStdin(stdin) : readFile(argument));
            } catch (InputException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw UserError.badInputs(problems);
        }
        return inputs;
    }

    private static PageInput readFile(String argument) throws InputException {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            throw new InputException(argument, "is a directory; give the page files in it");
        }
        try {
            // Refuse an oversized file before reading it: it may be a whole archive.
            InputDecoder.checkSize(Files.size(path), argument);
            byte[] bytes = Files.readAllBytes(path);
            Path fileName = path.getFileName();
            return new PageInput(argument, fileName == null ? argument : fileName.toString(),
                    InputDecoder.decode(bytes, argument), bytes.length);
        } catch (NoSuchFileException e) {
            throw new InputException(argument, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(argument, "permission denied");
        } catch (IOException e) {
            throw new InputException(argument, "cannot read: " + e.getMessage());
        }
    }

    private static PageInput readStdin(InputStream stdin) throws InputException {
        try {
            byte[] bytes = stdin.readNBytes((int) InputDecoder.MAX_BYTES + 1);
            if (bytes.length > InputDecoder.MAX_BYTES) {
                // Count the rest without keeping it, so the message gives the real size.
                InputDecoder.checkSize(bytes.length + stdin.transferTo(OutputStream.nullOutputStream()), STDIN_NAME);
            }
            return new PageInput(STDIN_NAME, STDIN_FILE_NAME, InputDecoder.decode(bytes, STDIN_NAME), bytes.length);
        } catch (IOException e) {
            throw new InputException(STDIN_NAME, "cannot read: " + e.getMessage());
        }
    }
}
