package banmian.archive.export;

import banmian.model.Page;

import java.util.Objects;

/**
 * One page to export, with what the page JSON does not hold: its archive id, its size and the name of
 * the file it was read from. {@code size} and {@code sourceFile} are null when unknown: a text-layer
 * page has no size; an archived page's size and source come with its facsimile.
 */
public record PageExport(Page page, String id, PageSize size, String sourceFile) {
    public PageExport {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(id, "id");
        if (page.meta().number() == null) {
            throw new IllegalArgumentException(id + ": a page to export needs its page number");
        }
    }

    public int number() {
        return page.meta().number();
    }
}
