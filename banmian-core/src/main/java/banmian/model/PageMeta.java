package banmian.model;

import java.time.LocalDate;

/** What is known about the page itself; unknown values are null. */
public record PageMeta(String paper, LocalDate date, Integer number, String section) {
    public static final PageMeta UNKNOWN = new PageMeta(null, null, null, null);

    /** Values given here win; the other's fill the gaps (caller options override what the page shows). */
    public PageMeta overriding(PageMeta fallback) {
        return new PageMeta(paper != null ? paper : fallback.paper,
                date != null ? date : fallback.date,
                number != null ? number : fallback.number,
                section != null ? section : fallback.section);
    }
}
