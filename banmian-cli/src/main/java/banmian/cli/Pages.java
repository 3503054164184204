package banmian.cli;

import banmian.layout.PageParser;
import banmian.model.Page;
import banmian.model.PageMeta;

/** Parses decoded inputs, with metadata from options first, then the file name, then the page itself. */
final class Pages {
    private Pages() {
    }

    static Page parse(PageInput input, PageMeta options) {
        PageMeta caller = options.overriding(FileNameMeta.infer(input.fileName()));
        try {
            return new PageParser().parse(PageParser.lines(input.text()), caller);
        } catch (RuntimeException e) {
            // A parser bug: keep the stack trace, but say which page triggered it.
            throw new IllegalStateException(input.name() + ": the parser failed on this page", e);
        }
    }
}
