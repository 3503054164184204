package banmian.server;

import banmian.archive.Archive;
import banmian.archive.SourceHash;
import banmian.limits.Limits;
import banmian.model.MetaCheck;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.nlp.Enricher;
import banmian.pdf.PdfReader;
import banmian.pipeline.PageInput;
import banmian.pipeline.PageReader;
import banmian.pipeline.Pages;
import banmian.text.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pages uploaded over HTTP: every file is read, parsed and enriched first, and only when all of them
 * are usable are they stored and committed, so a bad upload leaves the archive as it was. Uploads are
 * taken one at a time (the archive has one writer).
 */
final class UploadIngest {
    /**
     * One uploaded file, not read yet: it is read (within the limits) only when its upload's turn
     * comes, so uploads waiting for the writer hold no file in memory. Only the last path element of
     * its name is kept, and it may hold no control characters.
     */
    record Upload(String fileName, Content content) {
        Upload {
            fileName = MetaCheck.fileName("file name", fileName);
        }
    }

    /** Opens an uploaded file's bytes (Jetty keeps large parts on disk). */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /**
     * What an upload added, and problems met on the way that did not stop it (another stored page of
     * an issue found damaged: left out of the issue, named).
     */
    record Result(int pages, int articles, List<String> pageIds, List<String> problems) {
    }

    /** A file that cannot be ingested; the message names it. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private final Archive archive;
    private final Enricher enricher = new Enricher();
    private final PageReader reader;

    UploadIngest(Archive archive, Limits limits) {
        this.archive = archive;
        this.reader = new PageReader(limits);
    }

    /**
     * {@code options}: what the client says of every page; its paper, date and page number are
     * {@link MetaCheck checked} (a {@link MetaCheck.Invalid} otherwise).
     */
    synchronized Result ingest(List<Upload> uploads, PageMeta options) throws Rejected, IOException {
        MetaCheck.given(options);
        if (uploads.isEmpty()) {
            throw new Rejected("no file uploaded (send multipart/form-data with one or more \"file\" parts)");
        }
        if (options.number() != null && uploads.size() > 1) {
            throw new Rejected("page names one page; with several files each page number comes from its file name");
        }
        List<Page> pages = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Upload upload : uploads) {
            try {
                byte[] bytes;
                try (InputStream in = upload.content().open()) {
                    bytes = reader.readBytes(in, upload.fileName());
                }
                PageInput input = reader.read(upload.fileName(), upload.fileName(), bytes, PdfReader.PageProgress.NONE);
                for (Pages.Parsed parsed : Pages.parseEach(input, options, reader.limits())) {
                    Page page = parsed.page();
                    if (page.meta().date() == null || page.meta().number() == null) {
                        throw new Rejected(upload.fileName() + ": no " + (page.meta().date() == null ? "date" : "page number")
                                + " on the page (give the date and page fields, or name the file like rmrb2018010207.txt)");
                    }
                    Optional<String> refused = MetaCheck.archiveProblem(page.meta());
                    if (refused.isPresent()) {
                        throw new Rejected(upload.fileName() + ": cannot be filed: " + refused.get());
                    }
                    pages.add(parsed.then("enriching it", enricher::enrich));
                    hashes.add(SourceHash.of(bytes, options, true));
                }
            } catch (InputException e) {
                throw new Rejected(e.getMessage());
            }
        }
        List<String> ids = new ArrayList<>();
        int articles = 0;
        for (int p = 0; p < pages.size(); p++) {
            archive.add(pages.get(p), hashes.get(p));
            ids.add(archive.ids().page(pages.get(p).meta()));
            articles += pages.get(p).articles().size();
        }
        List<String> problems = archive.flush();
        return new Result(pages.size(), articles, ids, problems);
    }
}
