package banmian.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The hostile requests {@link HostileMix} sends, by kind: addresses, header values and bodies. */
final class HostileRequests {
    static final String WORD = URLEncoder.encode("春运", StandardCharsets.UTF_8);

    private HostileRequests() {
    }

    /**
     * Searches for huge windows and queries: offsets and limits, 100 KB, 10,000 terms, expanding
     * syntax, frequent characters joined by OR and AND (costly), damaged cursors.
     */
    /** Characters found in most Chinese news stories, most frequent first. */
    private static final String FREQUENT = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";

    static List<String> hugeSearches() {
        StringJoiner manyTerms = new StringJoiner(" OR ");
        StringJoiner someTerms = new StringJoiner(" OR ");
        for (int t = 0; t < 10_000; t++) {
            manyTerms.add("t" + t);
            if (t < 250) {
                someTerms.add("t" + t);
            }
        }
        return List.of("/api/search?q=" + WORD + "&offset=100000000", "/api/search?q=" + WORD + "&limit=1000000",
                "/api/search?q=%E6%96%B0&offset=9900&limit=100", "/api/search?offset=2147483647&limit=2147483647",
                "/api/search?q=" + "x".repeat(100_000), "/api/search?q=" + encode(manyTerms.toString()),
                "/api/search?q=" + encode(someTerms.toString()),
                "/api/search?q=" + encode("春* OR /.*/ OR 新~2 OR [a TO z]"),
                // Few clauses, each a character in most stories: costly to search (the lane), or refused past the cost bound.
                "/api/search?q=" + encode(String.join(" OR ", FREQUENT.substring(0, 10).split(""))),
                "/api/search?q=" + encode(String.join(" OR ", FREQUENT.substring(0, 40).split(""))),
                "/api/search?q=" + encode(String.join(" ", FREQUENT.split(""))),
                "/api/search?q=" + WORD + "&cursor=" + "A".repeat(5_000), "/api/search?q=" + WORD + "&cursor=bm90IGEgY3Vyc29y",
                "/?q=" + WORD + "&offset=99999999&facet.person.limit=99999", "/api/pages/x/99999-01-01/99999999999",
                "/api/papers/x/issues?year=-99999999");
    }

    /**
     * Numbers as a parser should not take them (signs, exponents, hex, other scripts' digits, past
     * a long, empty) and parameters given many times over, on every route that takes numbers or
     * dates; {@code page}: a stored page's address ({@code /pages/SLUG/DATE/N}).
     */
    static List<String> oddNumbers(String page) {
        List<String> paths = new ArrayList<>();
        for (String number : List.of("-1", "0", "1e3", "0x10", "+5", "٣", "１０", "00000000000000000000000000001", "9223372036854775808",
                "NaN", "", "1.5", "%00", "%20", "-0", "99999999999999999999999999999999999999")) {
            String n = encode(number);
            paths.add("/api/search?q=" + WORD + "&offset=" + n);
            paths.add("/api/search?q=" + WORD + "&limit=" + n);
            paths.add("/?q=" + WORD + "&page=" + n);
            paths.add(page.replaceFirst("/\\d++$", "/" + n));
            paths.add("/api" + page.replaceFirst("/\\d++$", "/" + n));
        }
        for (String date : List.of("2023-02-30", "+999999999-12-31", "-999999999-01-01", "2023-1-1", "20230101", "２０２３-01-01", "2023-01-01T00:00")) {
            String d = encode(date);
            paths.add("/api/search?q=" + WORD + "&from=" + d + "&to=" + d);
            paths.add(page.replaceFirst("/\\d{4}+-\\d{2}+-\\d{2}+/", "/" + d + "/"));
        }
        paths.add("/api/search?q=a&q=b&q=" + WORD + "&limit=5&limit=999999&offset=0&offset=100000000");
        paths.add("/api/search?q=" + WORD + "&person=x".repeat(500) + "&paper=y".repeat(200));
        paths.add("/api/search?q=" + WORD + "&sort=newest&sort=oldest&sort=" + "z".repeat(1000));
        paths.add("/api/search?q=" + WORD + "&from=2024-01-01&to=2023-01-01");
        paths.add("/api/papers/x/issues?year=2147483648&month=13");
        paths.add("/api/papers/x/issues?year=2023&month=0&month=99");
        return paths;
    }

    /**
     * Addresses past the server's header size (a 200 KB path; a query of 7,000 bytes, just under it,
     * which must be answered) and paths of many segments.
     */
    static List<String> longUrls() {
        return List.of("/pages/" + "a/".repeat(100_000) + "page.jpg", "/api/search?q=" + WORD.repeat(7_000 / WORD.length()),
                "/api/search?q=" + "%E6%98%A5".repeat(700), "/" + "../".repeat(2_000) + "etc/passwd",
                "/api/articles/" + "x".repeat(6_000), "/browse/" + "%2F..".repeat(1_000));
    }

    /** A Range header of {@code count} one-byte ranges, and others overlapping, open and past any file. */
    static List<String> ranges() {
        StringJoiner many = new StringJoiner(",", "bytes=", "");
        StringJoiner overlapping = new StringJoiner(",", "bytes=", "");
        for (int r = 0; r < 900; r++) {
            many.add(r * 2 + "-" + r * 2);
            overlapping.add("0-");
        }
        return List.of(many.toString(), overlapping.toString(), "bytes=-1", "bytes=99999999999999999999-", "bytes=5-1",
                "bytes=0-0,-1,1-1,-2", "lines=1-2");
    }

    /** A JSON array nested {@code depth} deep. */
    static String nestedJson(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** A JSON object of a number with {@code digits} digits. */
    static String longNumberJson(int digits) {
        return "{\"meta\":{\"number\":" + "9".repeat(digits) + "}}";
    }

    /** A JSON object of about {@code bytes} bytes: one page of many articles with long headlines. */
    static String hugeJson(int bytes) {
        StringBuilder json = new StringBuilder("{\"articles\":[");
        while (json.length() < bytes) {
            json.append("{\"headline\":{\"text\":\"").append("很长".repeat(500)).append("\"}},");
        }
        return json.append("{}]}").toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
