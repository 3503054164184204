package banmian.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that says which paper names, dates, page numbers, paper slugs and uploaded file
 * names are acceptable, because they become file names, ids and index terms. The command line's
 * options, the server's upload fields and the archive itself (on every page it stores) all check
 * here, and a value that fails gets one line naming the field and the problem
 * ({@code --paper: contains a control character (U+0009 CHARACTER TABULATION) at position 3}).
 * <ul>
 *   <li>text (paper names, file names): no control, format (bidi overrides, zero-width joiners),
 *       line or paragraph separator characters, no unassigned code points, no unpaired surrogates;</li>
 *   <li>a paper name: not blank, at most {@value #MAX_PAPER_LENGTH} characters (surrounding spaces
 *       are dropped);</li>
 *   <li>a date: {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31 (no newspaper page is older,
 *       and the enrichment reads four-digit years);</li>
 *   <li>a page number: {@value #FIRST_PAGE} to {@value #LAST_PAGE}, what the ids and page files
 *       spell with two to four digits ({@code p07}, {@code p1234});</li>
 *   <li>a slug: {@code a-z}, {@code 0-9} and inner hyphens, at most {@value #MAX_SLUG_LENGTH} characters;</li>
 *   <li>an uploaded file name: its last path element only, at most {@value #MAX_FILE_NAME_LENGTH} characters.</li>
 * </ul>
 */
public final class MetaCheck {
    public static final int FIRST_YEAR = 1800;
    public static final int LAST_YEAR = 2199;
    public static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(LAST_YEAR, 12, 31);
    public static final int FIRST_PAGE = 1;
    public static final int LAST_PAGE = 9999;
    public static final int MAX_PAPER_LENGTH = 100;
    public static final int MAX_SLUG_LENGTH = 100;
    public static final int MAX_FILE_NAME_LENGTH = 255;
    /** What an upload without a usable file name is called. */
    public static final String UNNAMED_FILE = "upload";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

    /** A value that may not be used; the message is {@code field: problem}, on one line. */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;
        private final String problem;

        public Invalid(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
        }

        public String field() {
            return field;
        }

        public String problem() {
            return problem;
        }
    }

    private MetaCheck() {
    }

    /** A paper name, stripped of surrounding spaces (not of tabs or newlines: those are refused); {@code field} names it in the error. */
    public static String paper(String field, String name) {
        // Checked before stripping: strip() would quietly drop a trailing tab, newline or U+2028.
        textProblem(name == null ? "" : name).ifPresent(problem -> {
            throw new Invalid(field, problem);
        });
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new Invalid(field, "the paper name is blank");
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_PAPER_LENGTH) {
            throw new Invalid(field, "the paper name has " + length + " characters, more than " + MAX_PAPER_LENGTH);
        }
        return stripped;
    }

    public static boolean isPaper(String name) {
        return problem(() -> paper("paper", name)).isEmpty();
    }

    public static LocalDate date(String field, LocalDate date) {
        if (!isDate(date)) {
            throw new Invalid(field, date + " is outside " + FIRST_DATE + " to " + LAST_DATE);
        }
        return date;
    }

    public static boolean isDate(LocalDate date) {
        return date != null && !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** A date written {@code YYYY-MM-DD}, within the range. */
    public static LocalDate parseDate(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "not a YYYY-MM-DD date: " + shown(text));
        }
        return date(field, date);
    }

    public static int page(String field, int number) {
        if (!isPage(number)) {
            throw new Invalid(field, "page number " + number + " is outside " + FIRST_PAGE + " to " + LAST_PAGE);
        }
        return number;
    }

    public static boolean isPage(Integer number) {
        return number != null && number >= FIRST_PAGE && number <= LAST_PAGE;
    }

    /** A page number written in digits, within the range. */
    public static int parsePage(String field, String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("[+-]?[0-9]{1,9}")) {
            throw new Invalid(field, "not a page number: " + shown(text));
        }
        return page(field, Integer.parseInt(digits));
    }

    /** A slug read back from the archive's files, or about to be used as a directory name. */
    public static String slug(String field, String slug) {
        if (slug == null || slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new Invalid(field, "not a slug (a-z, 0-9 and inner hyphens, at most " + MAX_SLUG_LENGTH
                    + " characters): " + shown(slug));
        }
        return slug;
    }

    public static boolean isSlug(String slug) {
        return slug != null && slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches();
    }

    /**
     * An uploaded file's name: only its last path element counts ({@code ../../x.txt} is {@code x.txt},
     * {@code C:\pages\a.pdf} is {@code a.pdf}); one without a usable name is {@value #UNNAMED_FILE}.
     */
    public static String fileName(String field, String name) {
        String text = name == null ? "" : name;
        textProblem(text).ifPresent(problem -> {
            throw new Invalid(field, problem);
        });
        String last = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1).strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return UNNAMED_FILE;
        }
        int length = last.codePointCount(0, last.length());
        if (length > MAX_FILE_NAME_LENGTH) {
            throw new Invalid(field, "the file name has " + length + " characters, more than " + MAX_FILE_NAME_LENGTH);
        }
        return last;
    }

    /**
     * Checks what the archive files a page under: its paper name (when it has one), date and page
     * number, which it must have. Returns the meta as given.
     */
    public static PageMeta archivable(PageMeta meta) {
        if (meta.paper() != null && !meta.paper().isBlank()) {
            paper("paper", meta.paper());
        }
        if (meta.date() == null) {
            throw new Invalid("date", "the page has no date");
        }
        date("date", meta.date());
        if (meta.number() == null) {
            throw new Invalid("page", "the page has no page number");
        }
        page("page", meta.number());
        return meta;
    }

    /**
     * Checks what a caller says of pages (options, form fields): each of paper name, date and page
     * number that is given must be acceptable; any may be missing. Returns the meta as given.
     */
    public static PageMeta given(PageMeta meta) {
        if (meta.paper() != null) {
            paper("paper", meta.paper());
        }
        if (meta.date() != null) {
            date("date", meta.date());
        }
        if (meta.number() != null) {
            page("page", meta.number());
        }
        return meta;
    }

    /** What is wrong with {@code meta} for the archive, or empty when it may be stored. */
    public static Optional<String> archiveProblem(PageMeta meta) {
        return problem(() -> archivable(meta));
    }

    /** The first character that has no place in a name, described, or empty when there is none. */
    public static Optional<String> textProblem(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            String kind = switch (Character.getType(c)) {
                case Character.CONTROL -> "a control character";
                case Character.FORMAT -> "an invisible format character";
                case Character.LINE_SEPARATOR -> "a line separator";
                case Character.PARAGRAPH_SEPARATOR -> "a paragraph separator";
                case Character.UNASSIGNED -> "an unassigned code point";
                case Character.SURROGATE -> "an unpaired surrogate";
                default -> null;
            };
            if (kind != null) {
                String name = Character.getType(c) == Character.SURROGATE ? null : Character.getName(c);
                return Optional.of("contains " + kind + " (" + String.format("U+%04X", c)
                        + (name == null ? "" : " " + name) + ") at position " + position);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** A value quoted for a one-line message: characters that could break the line are escaped. */
    public static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        boolean cut = value.codePointCount(0, value.length()) > 120;
        String head = cut ? value.substring(0, value.offsetByCodePoints(0, 120)) : value;
        return "'" + escaped(head) + (cut ? "…'" : "'");
    }

    /** {@code text} with every character {@link #textProblem} objects to written as a backslash, u and four hex digits. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (refused(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean refused(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static Optional<String> problem(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (Invalid e) {
            return Optional.of(e.getMessage());
        }
    }
}
