package banmian.server;

import java.time.LocalDate;
import java.util.Map;

/** The reader's addresses, built in one place; values are URL-encoded here, HTML-escaped by the templates. */
final class ReaderLinks {
    private ReaderLinks() {
    }

    /** A page of a paper; {@code paper}: its name or its id slug. */
    static String page(String paper, LocalDate date, int number) {
        return "/pages/" + Html.url(paper) + "/" + date + "/" + number;
    }

    /** A rendering of a page's facsimile ({@code page.jpg}, {@code thumb.jpg}) or the facsimile's PDF ({@code page.pdf}). */
    static String pageFile(String paper, LocalDate date, int number, String file) {
        return page(paper, date, number) + "/" + file;
    }

    static String article(String id) {
        return "/articles/" + Html.url(id);
    }

    /** A search for {@code text} narrowed by the filters (parameter to value), from result {@code offset}. */
    static String search(String text, Map<String, String> filters, int offset) {
        StringBuilder url = new StringBuilder("/?q=").append(Html.url(text == null ? "" : text));
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            url.append('&').append(filter.getKey()).append('=').append(Html.url(filter.getValue()));
        }
        if (offset > 0) {
            url.append("&offset=").append(offset);
        }
        return url.toString();
    }
}
