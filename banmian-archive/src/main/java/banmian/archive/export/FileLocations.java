package banmian.archive.export;

/**
 * Where a METS document says a page's files are: names beside it in an export directory, or the
 * archive server's URLs for them.
 */
public interface FileLocations {
    /** The page's ALTO document. */
    String alto(PageExport page);

    /** The page's JSON (FORMAT.md). */
    String json(PageExport page);
}
