package banmian.io;

import banmian.model.Page;

import java.util.Locale;
import java.util.function.Function;

/** The forms a parsed page can be written in. Every rendering ends with a newline. */
public enum PageFormat {
    /** FORMAT.md JSON, indented. Several pages in one stream simply follow each other, as jq reads them. */
    JSON("json", page -> PageJson.toJson(page) + "\n", ""),
    /** FORMAT.md JSON, one page per line. */
    JSONL("jsonl", page -> PageJson.toJsonLine(page) + "\n", ""),
    MARKDOWN("md", MarkdownWriter::write, "\n---\n\n"),
    TEXT("txt", PlainTextWriter::write, "\n\n");

    private final String extension;
    private final Function<Page, String> renderer;
    private final String pageSeparator;

    PageFormat(String extension, Function<Page, String> renderer, String pageSeparator) {
        this.extension = extension;
        this.renderer = renderer;
        this.pageSeparator = pageSeparator;
    }

    public String render(Page page) {
        return renderer.apply(page);
    }

    /** File name extension, without the dot, for one page written on its own. */
    public String extension() {
        return extension;
    }

    /** What goes between two pages written to the same stream. */
    public String pageSeparator() {
        return pageSeparator;
    }

    /** The lower-case name users type ({@code --format markdown}). */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
