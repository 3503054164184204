package banmian.layout.tag;

import java.util.regex.Pattern;

/**
 * A reference to another page at the end of a line, the way an index box 导读 ends each of its items:
 * {@code （4版）}, {@code （第四版）}, {@code （见12版）}, {@code 详见第3版}. Jumps of an article's own text
 * ({@code （下转2版）}) are another thing ({@code ContinuationMarkers}) and do not count.
 */
public final class PageReferences {
    private static final String PAGE = "第?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})版";
    private static final Pattern AT_END = Pattern.compile(
            "(?:[（(](?:相关报道)?(?:详见|见)?" + PAGE + "[）)]|(?:详见|见)" + PAGE + "[）)]?)$");

    private PageReferences() {
    }

    /** Whether the line (spaces removed) ends with a reference to another page. */
    public static boolean endsWithOne(String squashed) {
        return (squashed.endsWith("版）") || squashed.endsWith("版)") || squashed.endsWith("版")) && AT_END.matcher(squashed).find();
    }
}
