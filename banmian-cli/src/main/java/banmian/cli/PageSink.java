package banmian.cli;

import banmian.io.PageFormat;
import banmian.model.Page;
import banmian.pipeline.AtomicFile;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where {@code parse} puts the flow's pages, rendered in the output format: standard output, one file,
 * or one file per input in a directory.
 * Nothing written to a file is visible until {@link #commit()}; closing first discards it.
 */
abstract class PageSink implements PageFlow.Sink, Closeable {
    /** A file name's extension, from its last dot: what the output name replaces. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[^.]*$");

    private final PageFormat format;

    PageSink(PageFormat format) {
        this.format = format;
    }

    /** The input's pages rendered in the output format. */
    @Override
    public void accept(PageInput input, List<Page> pages) throws IOException {
        write(input, pages.stream().map(format::render).toList());
    }

    /** The input's pages, each already rendered, in page order. */
    abstract void write(PageInput input, List<String> renderedPages) throws IOException;

    void commit() throws IOException {
    }

    @Override
    public void close() throws IOException {
    }

    /** {@code output} as given to {@code -o}: null or {@code -} for stdout, a directory, or a file. */
    static PageSink open(String output, PageFormat format, List<PageInput> inputs, OutputStream stdout)
            throws UserError, IOException {
        if (output == null || output.equals("-")) {
            return new StreamSink(stdout, format);
        }
        Path path = Path.of(output);
        if (Files.isDirectory(path) || output.endsWith("/")) {
            Files.createDirectories(path);
            return new DirectorySink(format, outputNames(path, format, inputs));
        }
        Path parent = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw UserError.cannotWrite(output + ": directory " + parent + " does not exist");
        }
        return new FileSink(AtomicFile.create(path), format);
    }

    /**
     * {@code page.txt} becomes {@code page.json} (or .jsonl, .md, .txt); each page of a PDF of several
     * pages gets a file of its own ({@code issue-p1.json}, {@code issue-p2.json}), so that every JSON
     * file holds one page object. Two inputs may not share a file.
     */
    private static Map<PageInput, List<Path>> outputNames(Path directory, PageFormat format, List<PageInput> inputs)
            throws UserError {
        Map<PageInput, List<Path>> names = new IdentityHashMap<>();   // an input is itself, not its (long) content
        Map<Path, PageInput> writers = new HashMap<>();
        for (PageInput input : inputs) {
            String stem = EXTENSION.matcher(input.fileName()).replaceFirst("");
            int pages = input.pageCount();
            List<Path> targets = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                Path target = directory.resolve(stem + (pages > 1 ? "-p" + page : "") + "." + format.extension());
                PageInput earlier = writers.putIfAbsent(target, input);
                if (earlier != null) {
                    throw UserError.badInput(target + ": both " + earlier.name() + " and " + input.name()
                            + " would be written here; give them separately");
                }
                targets.add(target);
            }
            names.put(input, targets);
        }
        return names;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Pages one after another on a stream, with the format's separator between them. */
    private static class StreamSink extends PageSink {
        private final OutputStream out;
        private final String separator;
        private boolean first = true;

        StreamSink(OutputStream out, PageFormat format) {
            super(format);
            this.out = out;
            this.separator = format.pageSeparator();
        }

        @Override
        void write(PageInput input, List<String> renderedPages) throws IOException {
            for (String rendered : renderedPages) {
                if (!first) {
                    out.write(utf8(separator));
                }
                first = false;
                out.write(utf8(rendered));
            }
        }

        @Override
        void commit() throws IOException {
            out.flush();
        }
    }

    private static final class FileSink extends StreamSink {
        private final AtomicFile file;

        FileSink(AtomicFile file, PageFormat format) {
            super(file.stream(), format);
            this.file = file;
        }

        @Override
        void commit() throws IOException {
            file.commit();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private static final class DirectorySink extends PageSink {
        private final Map<PageInput, List<Path>> targets;

        DirectorySink(PageFormat format, Map<PageInput, List<Path>> targets) {
            super(format);
            this.targets = targets;
        }

        @Override
        void write(PageInput input, List<String> renderedPages) throws IOException {
            List<Path> files = targets.get(input);
            for (int page = 0; page < renderedPages.size(); page++) {
                AtomicFile.write(files.get(page), utf8(renderedPages.get(page)));
            }
        }
    }
}
