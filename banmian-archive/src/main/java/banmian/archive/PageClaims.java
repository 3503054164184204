package banmian.archive;

import banmian.model.PageMeta;
import banmian.pipeline.PageFlow;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which file of one ingest run gives which page, so that two files giving the same page (a page PDF
 * and its text layer side by side) do not overwrite each other. Pages named by their file names are
 * given to the first such file in file order before any work starts, so the outcome does not depend
 * on which worker finishes first; other pages go to the first file that claims them.
 */
final class PageClaims {
    private final Ids ids;
    private final Map<String, Path> byName = new HashMap<>();
    private final Map<String, Path> claimed = new ConcurrentHashMap<>();

    /** {@code flow}: what it says of a page before reading it (the caller's options, the file name). */
    PageClaims(Ids ids, List<Path> files, PageFlow flow) {
        this.ids = ids;
        for (Path file : files) {
            PageMeta named = flow.givenMeta(file.getFileName().toString());
            if (named.date() != null && named.number() != null) {
                byName.putIfAbsent(ids.page(named), file);
            }
        }
    }

    /** The other file this page belongs to, if any; otherwise the page is now this file's. */
    Optional<Path> claim(PageMeta page, Path file) {
        String id = ids.page(page);
        Path owner = byName.getOrDefault(id, file);
        if (!owner.equals(file)) {
            return Optional.of(owner);
        }
        Path first = claimed.putIfAbsent(id, file);
        return first == null || first.equals(file) ? Optional.empty() : Optional.of(first);
    }
}
