package banmian.layout.assemble;

import banmian.layout.line.Datelines;
import banmian.layout.line.TextLine;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.text.Chars;
import banmian.text.Punctuation;
import banmian.text.Spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits the dateline ({@code 新华社北京3月10日电}) and bracketed reporters ({@code （记者 罗丽）})
 * off the first paragraph of an article. They are matched on the article's first input line so the
 * byline keeps its printed space; the same characters are then cut from the joined paragraph.
 */
final class LeadIn {
    final Block dateline;
    final Block byline;
    final List<Block> body;

    private LeadIn(Block dateline, Block byline, List<Block> body) {
        this.dateline = dateline;
        this.byline = byline;
        this.body = body;
    }

    /** Lines of an article's opening read for its lead-in: a dateline and its reporters' bracket may wrap over three. */
    static final int OPENING_LINES = 3;

    /**
     * @param opening the article's first lines ({@link #OPENING_LINES} at most): the dateline and the
     *                reporters' bracket may run over onto the next ones
     */
    static LeadIn split(List<TextLine> opening, List<Block> body) {
        if (body.isEmpty() || body.get(0).type() != BlockType.PARAGRAPH) {
            return new LeadIn(null, null, body);
        }
        // A space where the lines meet keeps two names apart when the bracket wraps between them;
        // where it wraps inside a word ({@code （记} / {@code 者 张三）}) the lines are read joined.
        Opening spaced = Opening.of(opening, " ");
        Opening joined = Opening.of(opening, "");
        Opening read = spaced.byline() == null && joined.byline() != null ? joined : spaced;
        Matcher dateline = read.dateline();
        if (dateline == null) {
            return new LeadIn(null, null, body);
        }
        String raw = read.text();
        int consumed = dateline.end();
        Block datelineBlock = new Block(BlockType.DATELINE, Spacing.body(dateline.group(1)), read.sourcesUpTo(consumed));
        Block bylineBlock = null;
        Matcher byline = read.byline();
        if (byline != null) {
            consumed += byline.end();
            bylineBlock = new Block(BlockType.BYLINE, Spacing.byline(byline.group(1)), read.sourcesUpTo(consumed));
        }
        String cut = Chars.squash(raw.substring(0, consumed));
        Block first = body.get(0);
        String firstText = first.text();
        int at = indexAfterSquashedPrefix(firstText, cut);
        if (at < 0) {
            return new LeadIn(null, null, body);
        }
        List<Block> rest = new ArrayList<>(body);
        String remaining = stripLeadingPunctuation(firstText.substring(at));
        if (remaining.isEmpty()) {
            rest.remove(0);
        } else {
            rest.set(0, new Block(first.type(), remaining, first.lines()));
        }
        return new LeadIn(datelineBlock, bylineBlock, rest);
    }

    /** The opening lines read as one text, joined by {@code joint}, with where each line starts in it. */
    private record Opening(List<TextLine> lines, String text, int[] starts) {
        static Opening of(List<TextLine> lines, String joint) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    text.append(joint);
                }
                starts[i] = text.length();
                text.append(lines.get(i).raw);
            }
            return new Opening(lines, text.toString(), starts);
        }

        Matcher dateline() {
            return Datelines.match(text);
        }

        /** The bracketed reporters right after the dateline, or null (also without a dateline). */
        Matcher byline() {
            Matcher dateline = dateline();
            return dateline == null ? null : Datelines.bracketedByline(text.substring(dateline.end()));
        }

        /** The input lines of the opening lines the first {@code end} characters reach into. */
        List<Integer> sourcesUpTo(int end) {
            List<Integer> sources = new ArrayList<>();
            for (int i = 0; i < lines.size() && (i == 0 || starts[i] < end); i++) {
                sources.add(lines.get(i).sources.get(0));
            }
            return sources;
        }
    }

    /** Index in {@code text} just past the characters of {@code squashedPrefix}, ignoring spaces; -1 if it does not start so. */
    private static int indexAfterSquashedPrefix(String text, String squashedPrefix) {
        int t = 0;
        for (int p = 0; p < squashedPrefix.length(); p++) {
            while (t < text.length() && Chars.isSpace(text.charAt(t))) {
                t++;
            }
            if (t >= text.length() || text.charAt(t) != squashedPrefix.charAt(p)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private static String stripLeadingPunctuation(String text) {
        int i = 0;
        while (i < text.length() && (Chars.isSpace(text.charAt(i)) || Punctuation.LEAD_IN_SEPARATORS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return text.substring(i);
    }
}
