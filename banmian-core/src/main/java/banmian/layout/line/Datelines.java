package banmian.layout.line;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lead-in of a report: {@code 新华社北京3月10日电}, {@code 本报北京1月2日电}, {@code 本报讯}, often
 * followed by the reporters in brackets ({@code （记者 罗丽）}).
 */
public final class Datelines {
    /**
     * An agency, an optional place, a date, then 电 or 讯 ({@code 新华社北京3月10日电}); or a bare
     * {@code 本报讯} / {@code 某某网讯}. The date is required for the long form: without it, a sentence
     * that merely starts with an agency or a word ending in 社 ({@code 合作社社员们用上了电灯}) would match.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*((?:新华社|中新社|中新网|人民日报|本报|[\\p{IsHan}]{2,6}(?:日报|晚报|社|报|台|网))[\\p{IsHan}\\s]{0,12}?"
                    + "\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:电|讯)"
                    + "|(?:本报|新华网|人民网|央视网|中新网)讯)");
    private static final Pattern BRACKETED_BYLINE = Pattern.compile(
            "^\\s*[（(]\\s*((?:本报|新华社)?(?:特约|实习)?(?:记者|通讯员|实习生|见习记者)[^）)]{1,40})[）)]");

    /**
     * Names alone in brackets after a dateline, as papers set a brief's reporters
     * ({@code 本报成都10月15日电（王明峰、向英子）}): each one a full name's shape.
     */
    private static final Pattern BRACKETED_NAMES = Pattern.compile(
            "^\\s*+[（(]\\s*+(\\p{IsHan}{2,4}(?:[、，,\\s]++\\p{IsHan}{2,4}){0,5})\\s*+[）)]");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,\\s]++");

    private Datelines() {
    }

    /** The dateline at the start of {@code text}, or null. */
    public static Matcher match(String text) {
        if (text.indexOf('电') < 0 && text.indexOf('讯') < 0) {
            return null;
        }
        Matcher matcher = DATELINE.matcher(text);
        return matcher.find() ? matcher : null;
    }

    public static boolean startsWithDateline(String text) {
        return match(text) != null;
    }

    /**
     * Whether {@code text} starts with a dateline, also one that a narrow column broke over onto the
     * {@code next} line ({@code 本报哈尔滨10月15日} / {@code 电（记者……}).
     */
    public static boolean startsWithDateline(String text, String next) {
        if (startsWithDateline(text)) {
            return true;
        }
        // A dateline that runs into the next line ends there, with its 电 or 讯: without one, no joining.
        return (next.indexOf('电') >= 0 || next.indexOf('讯') >= 0) && startsWithDateline(text.stripTrailing() + next.strip());
    }

    /** The bracketed reporters right after a dateline (with their role, or names alone), or null. */
    public static Matcher bracketedByline(String text) {
        Matcher matcher = BRACKETED_BYLINE.matcher(text);
        if (matcher.find()) {
            return matcher;
        }
        Matcher names = BRACKETED_NAMES.matcher(text);
        return names.find() && NAME_SEPARATORS.splitAsStream(names.group(1)).allMatch(Surnames::couldBeFullName) ? names : null;
    }
}
