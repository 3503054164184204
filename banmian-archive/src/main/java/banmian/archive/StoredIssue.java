package banmian.archive;

import banmian.model.Page;

import java.util.List;

/** The pages the archive holds of one issue, in page order, and its stories, stitched as the index has them. */
public record StoredIssue(List<Page> pages, List<Story> stories) {
    public StoredIssue {
        pages = List.copyOf(pages);
        stories = List.copyOf(stories);
    }
}
