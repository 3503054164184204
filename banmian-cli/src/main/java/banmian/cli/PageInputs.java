package banmian.cli;

import banmian.limits.Limits;
import banmian.model.PageMeta;
import banmian.pdf.PdfReader;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.text.InputException;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and decodes every input before anything is parsed or written, so one unusable file stops
 * the whole run with every problem listed, instead of leaving half the outputs behind.
 * <p>Public for banmian's other command-line program, banmian-bench; not a library API.
 */
public final class PageInputs {
    static final String STDIN_ARGUMENT = "-";
    static final String STDIN_NAME = "<stdin>";
    /** What the output of standard input is called when outputs are named after their inputs. */
    static final String STDIN_FILE_NAME = "stdin";

    private PageInputs() {
    }

    /** Reads with the default limits, without progress. */
    public static List<PageInput> readAll(List<String> arguments, InputStream stdin) throws UserError {
        return readAll(arguments, stdin, null, PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT));
    }

    /** {@code err}: where to report progress over many inputs (reading PDFs is most of a run), or null. */
    static List<PageInput> readAll(List<String> arguments, InputStream stdin, PrintWriter err, PageFlow flow) throws UserError {
        Progress progress = err == null ? null : new Progress(err, "read", arguments.size(), arguments.size());
        if (arguments.stream().filter(STDIN_ARGUMENT::equals).count() > 1) {
            throw UserError.badInput(STDIN_NAME + ": standard input (-) can be read only once");
        }
        List<PageInput> inputs = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        for (String argument : arguments) {
            try {
                PdfReader.PageProgress pages = err == null ? PdfReader.PageProgress.NONE : pageProgress(err, argument);
                inputs.add(STDIN_ARGUMENT.equals(argument)
                        ? flow.read(stdin, STDIN_NAME, STDIN_FILE_NAME, pages)
                        : flow.read(Path.of(argument), argument, pages));
            } catch (InputException e) {
                problems.add(e);
            }
            if (progress != null) {
                progress.step();
            }
        }
        if (!problems.isEmpty()) {
            throw UserError.badInputs(problems);
        }
        return inputs;
    }

    /** Progress through the pages of one long PDF, created when its page count is known. */
    private static PdfReader.PageProgress pageProgress(PrintWriter err, String name) {
        Progress[] progress = new Progress[1];
        return (done, total) -> {
            if (progress[0] == null) {
                progress[0] = new Progress(err, "read " + name + " page", total, total);
            }
            progress[0].step();
        };
    }
}
