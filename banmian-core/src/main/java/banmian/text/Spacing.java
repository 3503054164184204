package banmian.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the spaces an extractor invents: justification gaps between Han characters
 * ({@code 习 近 平 、李 强}) and the padding around half-width digits ({@code 3 月 10 日}), while
 * keeping spaces that mean something: between Latin words, and (in titles and bylines) the single
 * space that separates two clauses or a role from a name ({@code 扬帆起航风正劲 稳舵奋楫势昂扬}, {@code 记者 罗丽}).
 */
public final class Spacing {
    /** Spaces between the names of a byline, ideographic ones included. */
    private static final Pattern NAME_GAP = Pattern.compile("[\\s\u3000]+");

    private Spacing() {
    }

    /**
     * Body text: a space survives only inside Latin text: between two Latin letters or digits, after
     * Latin punctuation before a word ({@code files. Frequently}, {@code (MIME) to}; not {@code 3,4月}
     * or {@code 3.5}, where the extractor padded digits) and before an opening bracket ({@code system [MIME]}).
     */
    public static String body(String text) {
        if (!hasSpace(text)) {
            return text;
        }
        return rejoin(text, (left, right, gap) -> isLatin(left) && isLatin(right)
                || LATIN_CLOSING.indexOf(left) >= 0 && isLatinLetter(right) || isLatin(left) && LATIN_OPENING.indexOf(right) >= 0);
    }

    private static final String LATIN_CLOSING = ",.;:!?)]}";

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
    private static final String LATIN_OPENING = "([{";

    /**
     * Titles, bylines and credits: letter-spaced display text is closed up; otherwise one space is
     * kept where two runs of Han characters meet, and padding next to digits or punctuation goes.
     */
    public static String title(String text) {
        String trimmed = text.strip();
        if (isLetterSpaced(trimmed)) {
            // Single gaps are letter-spacing; a wider gap is a clause break and stays as one space.
            return rejoin(trimmed, (left, right, gap) -> gap.length() >= 2 || gap.charAt(0) == '\u3000'
                    || isLatin(left) && isLatin(right));
        }
        return rejoin(trimmed, (left, right, gap) -> keepsSpaceBetween(left, right));
    }

    /** Decides whether the whitespace {@code gap} between two visible characters becomes one space or nothing. */
    @FunctionalInterface
    private interface GapRule {
        boolean keeps(char left, char right, CharSequence gap);
    }

    /** Copies the visible characters of {@code text}, turning each run of whitespace into one space or none. */
    private static String rejoin(String text, GapRule rule) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int next = i;
            while (next < n && Chars.isSpace(text.charAt(next))) {
                next++;
            }
            if (out.length() > 0 && next < n && rule.keeps(out.charAt(out.length() - 1), text.charAt(next), text.subSequence(i, next))) {
                out.append(' ');
            }
            i = next;
        }
        return out.toString();
    }

    /** The spaces are taken whole: given back one by one, each would re-read the names after them. */
    private static final Pattern BYLINE_ROLE = Pattern.compile(
            "^\\s*+((?:本报|新华社|人民日报)?(?:特约|实习|见习)?(?:记者|通讯员|评论员|实习生|摄影)|本报评论员)\\s*+(.*)$");

    /**
     * Bylines: the role keeps one space before the names ({@code 记者 罗丽}); names padded to line up
     * ({@code 李 强}) are closed up like letter-spaced titles.
     */
    public static String byline(String text) {
        Matcher role = BYLINE_ROLE.matcher(text);
        if (!role.matches() || role.group(2).isBlank()) {
            return title(text);
        }
        return role.group(1) + " " + names(role.group(2));
    }

    /** Photo credits: a byline followed by 摄 ({@code 本报记者 徐昱 摄}). */
    public static String credit(String text) {
        String trimmed = text.strip();
        if (!trimmed.endsWith("摄")) {
            return title(trimmed);
        }
        String names = trimmed.substring(0, trimmed.length() - 1).strip();
        return names.isEmpty() ? "摄" : byline(names) + " 摄";
    }

    /**
     * Names separated by spaces; single characters in a row are one padded name ({@code 李 强}), a lone
     * character after a two-character name ends that name ({@code 曹玲 娟}, {@code 周小 苑、林小溪}), and a
     * lone character before a given name of one or two characters opens it ({@code 王 晓东、陈静}): one Han
     * character is never a name of its own, so the gap is where a line broke inside the name.
     */
    private static String names(String text) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        // Whether the previous token stood alone: a lone surname, not the last of a padded name's characters.
        boolean previousAlone = false;
        for (String token : NAME_GAP.split(text.strip())) {
            boolean single = token.codePointCount(0, token.length()) == 1;
            boolean previousSingle = previous.codePointCount(0, previous.length()) == 1;
            boolean sameName = single && previousSingle || endsName(previous, token)
                    || previousSingle && previousAlone && givenNameOpens(token);
            if (out.length() > 0 && !sameName) {
                out.append(' ');
            }
            out.append(token);
            previousAlone = !sameName;
            previous = token;
        }
        return out.toString();
    }

    /**
     * True when {@code token} opens with one or two Han characters before a list mark or its end: the
     * given name a lone surname before it lost to a line break ({@code 王} / {@code 晓东、陈静}).
     */
    private static boolean givenNameOpens(String token) {
        String firstName = NAME_LIST_MARK.split(token, -1)[0];
        return (firstName.length() == 1 || firstName.length() == 2) && firstName.chars().allMatch(Chars::isHan)
                && token.codePointCount(0, token.length()) > 1;
    }

    private static final Pattern NAME_LIST_MARK = Pattern.compile("[、，,/]");

    /** True when {@code token} opens with a lone Han character that completes the two-character name ending {@code previous}. */
    private static boolean endsName(String previous, String token) {
        String[] previousNames = NAME_LIST_MARK.split(previous, -1);
        String lastName = previousNames[previousNames.length - 1];
        String firstName = NAME_LIST_MARK.split(token, -1)[0];
        return lastName.length() == 2 && firstName.length() == 1
                && Chars.isHan(lastName.charAt(0)) && Chars.isHan(lastName.charAt(1)) && Chars.isHan(firstName.charAt(0));
    }

    /**
     * True when most neighbouring CJK characters are separated by a space: justified body lines and
     * display type set with letter-spacing.
     */
    public static boolean isLetterSpaced(String text) {
        int cjk = 0;
        int spacedPairs = 0;
        int previousCjk = -1;
        boolean spaceSincePrevious = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                spaceSincePrevious = true;
                continue;
            }
            if (Chars.isCjk(c)) {
                cjk++;
                if (previousCjk >= 0 && spaceSincePrevious) {
                    spacedPairs++;
                }
                previousCjk = i;
            } else {
                previousCjk = -1;
            }
            spaceSincePrevious = false;
        }
        return cjk >= 3 && spacedPairs * 2 >= cjk - 1;
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean keepsSpaceBetween(char left, char right) {
        if (isLatin(left) && isLatin(right)) {
            return true;
        }
        return Chars.isHan(left) && Chars.isHan(right);
    }

    private static boolean isLatin(char c) {
        return Chars.isAsciiAlphanumeric(c) || (c >= 0x00C0 && c <= 0x024F);
    }
}
