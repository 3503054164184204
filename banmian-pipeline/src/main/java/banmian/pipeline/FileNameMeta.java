package banmian.pipeline;

import banmian.model.MetaCheck;
import banmian.model.PageMeta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page date and number from archive file names such as {@code rmrb2018010207.txt} (2018-01-02,
 * page 7): scanned-paper archives name every page this way, so the caller need not repeat it.
 */
public final class FileNameMeta {
    /** Eight date digits and two page digits, not part of a longer run of digits. */
    private static final Pattern DATE_AND_PAGE = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(\\d{2})(?!\\d)");

    private FileNameMeta() {
    }

    public static PageMeta infer(String fileName) {
        Matcher matcher = DATE_AND_PAGE.matcher(fileName);
        if (!matcher.find()) {
            return PageMeta.UNKNOWN;
        }
        int page = Integer.parseInt(matcher.group(4));
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            if (!MetaCheck.isDate(date)) {
                return PageMeta.UNKNOWN;   // rmrb0001010101: a number, not a page of a newspaper
            }
            return new PageMeta(null, date, MetaCheck.isPage(page) ? page : null, null);
        } catch (DateTimeException notADate) {
            return PageMeta.UNKNOWN;   // ten digits that are no date are some other number
        }
    }
}
