package banmian.layout.line;

import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Geometry;
import banmian.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Consecutive title lines: one article's kicker, headline and subtitle. Lines that merely repeat
 * what the group already says (shadow or overprinted display type extracted twice) are dropped.
 */
public final class TitleGroup {
    /** Lines within five percent of the largest size are set in the headline's type. */
    private static final double SAME_SIZE = 0.95;
    /** Lines of one title group stand at most about a line of the smaller type apart. */
    private static final double MAX_GAP_EMS = 1.5;
    /** Shorter lines of one length are a wrapped phrase's pieces rather than two clauses. */
    private static final int MIN_CLAUSE = 4;
    /**
     * Parallel clauses run short ({@code 扬帆起航风正劲}); a long headline balanced over two lines
     * ({@code 国务院关于做好二〇二三年} / {@code 春耕备耕工作的若干意见}) is one phrase wrapped.
     */
    private static final int MAX_CLAUSE = 9;
    /** The dash that opens a subtitle ({@code ——记……}), with the space after it. */
    private static final Pattern LEADING_DASHES = Pattern.compile("^[—－]+\\s*");
    public final List<TextLine> lines;
    /** Input lines of repeats that were dropped: the headline keeps them as provenance. */
    private final List<Integer> repeatSources = new ArrayList<>();

    private TitleGroup(List<TextLine> lines) {
        this.lines = dropRepeats(lines);
        for (TextLine line : lines) {
            if (!this.lines.contains(line)) {
                repeatSources.addAll(line.sources);
            }
        }
    }

    /** A group of the given consecutive title lines (a part of a run another stage parted). */
    public static TitleGroup of(List<TextLine> lines) {
        return new TitleGroup(lines);
    }

    /** Consecutive title lines grouped (placed lines only where one sits right under the other). */
    public static final Stage STAGE = Stage.of("title-groups", Set.of(Facts.LINES, Facts.TITLE_ROLES, Facts.FURNITURE_ROLES),
            Set.of(Facts.TITLE_GROUPS), page -> page.put(Facts.TITLE_GROUPS, collect(page.lines())));

    public static List<TitleGroup> collect(List<TextLine> all) {
        List<TitleGroup> groups = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : all) {
            if (line.role() == LineRole.TITLE && !current.isEmpty() && !setTogether(current.get(current.size() - 1), line)) {
                groups.add(new TitleGroup(current));
                current = new ArrayList<>();
            }
            if (line.role() == LineRole.TITLE) {
                current.add(line);
            } else if (line.role() != LineRole.FURNITURE && !current.isEmpty()) {
                groups.add(new TitleGroup(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(new TitleGroup(current));
        }
        return groups;
    }

    /**
     * Placed by geometry, title lines belong together only when one sits right under the other and
     * they share some width: a headline and a chart's label next in reading order are two things.
     */
    private static boolean setTogether(TextLine above, TextLine below) {
        Geometry a = above.geometry;
        Geometry b = below.geometry;
        if (a == null || b == null) {
            return true;
        }
        return a.horizontalOverlap(b) > 0 && b.y() - a.bottom() < Math.min(a.fontSize(), b.fontSize()) * MAX_GAP_EMS;
    }

    /** Two type sizes the same within the tolerance of one headline's lines (in either order). */
    public static boolean sameSize(double one, double other) {
        return Math.min(one, other) >= SAME_SIZE * Math.max(one, other);
    }

    /** Every input line behind the group, dropped repeats included. */
    public List<Integer> sources() {
        List<Integer> sources = new ArrayList<>(repeatSources);
        lines.forEach(line -> sources.addAll(line.sources));
        sources.sort(null);
        return sources;
    }

    public int firstPosition() {
        return lines.get(0).position;
    }

    public int lastPosition() {
        return lines.get(lines.size() - 1).position;
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.title()));
        return text.toString();
    }

    /** Kicker, headline and subtitle (any may be null). */
    public List<Block> roles() {
        List<TextLine> main = new ArrayList<>();
        List<TextLine> dashed = new ArrayList<>();
        for (TextLine line : lines) {
            // A dash subtitle wrapped onto a second line of its box keeps that line with it.
            boolean continuesDashed = !dashed.isEmpty() && dashed.get(dashed.size() - 1).box == line.box;
            (line.isDashLed() || continuesDashed ? dashed : main).add(line);
        }
        if (main.isEmpty()) {
            main.add(dashed.remove(0));
        }
        int[] headline = headlineRange(main);
        List<TextLine> subtitle = new ArrayList<>();
        for (TextLine line : main.subList(headline[1], main.size())) {
            // The wrapped tail of a dash subtitle emitted before it (学术会议”述要 before ——“第九届跨文化传播国际).
            (closesQuoteOpenedIn(dashed, line) ? dashed : subtitle).add(line);
        }
        subtitle.addAll(dashed);
        Block headlineBlock = joined(BlockType.HEADLINE, main.subList(headline[0], headline[1]));
        if (!repeatSources.isEmpty()) {
            List<Integer> sources = new ArrayList<>(headlineBlock.lines());
            sources.addAll(repeatSources);
            sources.sort(null);
            headlineBlock = new Block(BlockType.HEADLINE, headlineBlock.text(), sources);
        }
        return Arrays.asList(
                joined(BlockType.KICKER, main.subList(0, headline[0])),
                headlineBlock,
                joined(BlockType.SUBTITLE, subtitle));
    }

    /**
     * The headline's lines, as {from, to}: with type sizes known, the run of lines set in the group's
     * largest type (a headline may wrap); otherwise one line, see {@link #headlineIndex}.
     */
    private static int[] headlineRange(List<TextLine> main) {
        if (main.stream().anyMatch(line -> line.geometry == null)) {
            int index = headlineIndex(main);
            return new int[] {index, index + 1};
        }
        double largest = main.stream().mapToDouble(line -> line.geometry.fontSize()).max().orElse(0);
        int from = 0;
        while (main.get(from).geometry.fontSize() < SAME_SIZE * largest) {
            from++;
        }
        int to = from + 1;
        while (to < main.size() && main.get(to).geometry.fontSize() >= SAME_SIZE * largest) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * The one letter-spaced (display) line when exactly one is; otherwise the line after a kicker
     * that ends in a dash pointing on to its headline ({@code 江苏一位退休教师三十年如一日——} /
     * {@code 义务辅导留守儿童的好老师}); otherwise the first line.
     */
    private static int headlineIndex(List<TextLine> main) {
        int display = -1;
        int afterKicker = 0;
        for (int i = 0; i < main.size(); i++) {
            if (main.get(i).letterSpaced) {
                if (display >= 0) {
                    return 0;
                }
                display = i;
            }
            if (i + 1 < main.size() && main.get(i).endsWithDash()) {
                afterKicker = i + 1;
            }
        }
        return display >= 0 ? display : afterKicker;
    }

    private static boolean closesQuoteOpenedIn(List<TextLine> dashed, TextLine line) {
        int open = 0;
        for (TextLine dash : dashed) {
            open += count(dash.raw, '“') - count(dash.raw, '”');
        }
        int close = line.raw.indexOf('”');
        int reopen = line.raw.indexOf('“');
        return open > 0 && close >= 0 && (reopen < 0 || close < reopen);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static Block joined(BlockType type, List<TextLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> sources = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : lines) {
            String part = LEADING_DASHES.matcher(line.title()).replaceFirst("");
            if (text.length() > 0 && !continuesPhrase(previous, line)) {
                text.append(' ');
            }
            previous = line;
            text.append(part);
            sources.addAll(line.sources);
        }
        return new Block(type, text.toString(), sources);
    }

    /**
     * A line wrapped within one box of display type continues the phrase above it (no clause space):
     * {@code ——“第九届跨文化传播国际} / {@code 学术会议”述要}. Lines of one length are parallel clauses
     * set one per line ({@code 扬帆起航风正劲} / {@code 稳舵奋楫势昂扬}) and keep their space. Known only
     * from geometry: without it, every title line is a clause of its own.
     */
    private static boolean continuesPhrase(TextLine previous, TextLine line) {
        if (previous == null || previous.geometry == null || line.geometry == null || previous.box != line.box || line.isDashLed()) {
            return false;
        }
        int above = previous.squashed.length();
        int below = line.squashed.length();
        boolean parallelClauses = Math.abs(above - below) <= 1 && Math.min(above, below) >= MIN_CLAUSE
                && Math.max(above, below) <= MAX_CLAUSE;
        return !parallelClauses;
    }

    private static List<TextLine> dropRepeats(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        for (TextLine line : lines) {
            String squashed = Chars.squash(line.title());
            if (kept.isEmpty() || !seen.toString().contains(squashed)) {
                kept.add(line);
                seen.append(squashed);
            }
        }
        return kept;
    }
}
