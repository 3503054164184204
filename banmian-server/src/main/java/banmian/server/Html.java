package banmian.server;

import banmian.archive.SearchResults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for text put into HTML, and the turning of search marks into {@code <mark>}. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A snippet escaped, its matched words wrapped in {@code <mark>}. */
    static String marked(String snippet) {
        return escape(snippet).replace(String.valueOf(SearchResults.MARK_START), "<mark>")
                .replace(String.valueOf(SearchResults.MARK_END), "</mark>");
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
