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

    /**
     * @param opening the article's first lines: the reporters' bracket may run over onto the second
     */
    static LeadIn split(List<TextLine> opening, List<Block> body) {
        if (body.isEmpty() || body.get(0).type() != BlockType.PARAGRAPH) {
            return new LeadIn(null, null, body);
        }
        TextLine firstLine = opening.get(0);
        // A space where the lines meet keeps two names apart when the bracket wraps between them.
        String raw = opening.size() > 1 ? firstLine.raw + " " + opening.get(1).raw : firstLine.raw;
        Matcher dateline = Datelines.match(raw);
        if (dateline == null) {
            return new LeadIn(null, null, body);
        }
        int consumed = dateline.end();
        Block datelineBlock = new Block(BlockType.DATELINE, Spacing.body(dateline.group(1)), sourcesUpTo(opening, consumed));
        Block bylineBlock = null;
        Matcher byline = Datelines.bracketedByline(raw.substring(consumed));
        if (byline != null) {
            consumed += byline.end();
            bylineBlock = new Block(BlockType.BYLINE, Spacing.byline(byline.group(1)), sourcesUpTo(opening, consumed));
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

    /** The input line of the first line, and of the second too when the match ran on into it. */
    private static List<Integer> sourcesUpTo(List<TextLine> opening, int end) {
        TextLine first = opening.get(0);
        if (end <= first.raw.length() || opening.size() < 2) {
            return List.of(first.sources.get(0));
        }
        return List.of(first.sources.get(0), opening.get(1).sources.get(0));
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
