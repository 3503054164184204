package banmian.layout.tag;

import banmian.layout.line.CharacterPairs;
import banmian.layout.line.Datelines;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.Measures;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Stage;
import banmian.layout.line.TagParameters;
import banmian.layout.line.TextLine;
import banmian.text.Chars;
import banmian.text.Punctuation;

import java.util.List;
import java.util.Set;

/**
 * Tells display lines from body lines. A line that could be a title (no sentence punctuation, not
 * ending in a comma) and does not reach its column's edge is either an in-article heading, when
 * it stands alone between the end of one paragraph and the start of the next, or part of a
 * headline group. Letter-spaced display type, a dash subtitle, vertical setting, or a neighbour in
 * the same box already judged a title make a headline group.
 */
public final class TitleTagger {
    /** Titles and headings of text alone, told by wording and shape. */
    public static final Stage BY_WORDING = Stage.of("titles", Set.of(Facts.LINES, Facts.JUMPS, Facts.FURNITURE_ROLES,
            Facts.CAPTION_ROLES, Facts.AUTHOR_ROLES, Facts.COLUMN_MEASURES, Facts.PAGE_MEASURE), Set.of(Facts.TITLE_ROLES), page -> tag(page, page.lines()));

    private TitleTagger() {
    }

    static void tag(PageAnalysis page, List<TextLine> lines) {
        TagParameters parameters = page.parameters().tag();
        int pageColumn = page.get(Facts.PAGE_MEASURE);
        tagNarrowHeadings(parameters, page, lines, pageColumn);
        CharacterPairs pagePairs = pagePairs(lines);
        boolean boxesAreTextBlocks = boxesAreTextBlocks(parameters, lines);
        boolean bodySeen = false;
        for (TextLine line : lines) {
            if (line.role() != LineRole.BODY) {
                continue;
            }
            if (!line.vertical && (!line.couldBeTitle() || opensParagraph(parameters, lines, line) || isFinishedByNextLine(lines, line, pagePairs))) {
                bodySeen = true;
                continue;
            }
            boolean standsApart = !continuesInSameBox(parameters, lines, line);
            boolean loneInTextBlocks = boxesAreTextBlocks && TextLine.isAloneInBox(lines, line);
            boolean textSeen = bodySeen;
            if (line.vertical || standsApart && line.couldBeTitle() && (!bodySeen || LineShape.isWiderThanNeighbours(line) || loneInTextBlocks)) {
                page.assign(line, LineRole.TITLE, line.vertical ? "vertical-title" : "title-standing-apart", () -> !textSeen ? "before any text"
                        : LineShape.isWiderThanNeighbours(line) ? "wider than its neighbours' column" : "alone in its box where boxes are text blocks");
            } else if (line.couldBeTitle() && !line.isFull()) {
                if (isDisplayLine(parameters, lines, line, pageColumn) || LineShape.hasClauseSpace(line) || !bodySeen && standsApart
                        || standsAboveByline(lines, line)) {
                    page.assign(line, LineRole.TITLE, "short-display-line", () -> isDisplayLine(parameters, lines, line, pageColumn) ? "display type (dash or letter-spaced)"
                            : LineShape.hasClauseSpace(line) ? "a clause space" : standsAboveByline(lines, line) ? "stands above a byline"
                            : "stands apart before any text");
                } else if (isHeading(parameters, lines, line) || headsItsBox(parameters, lines, line)) {
                    page.assign(line, LineRole.HEADING, isHeading(parameters, lines, line) ? "heading-between-paragraphs" : "heading-over-its-box");
                }
            } else if (line.couldBeTitle() && (isDisplayLine(parameters, lines, line, pageColumn)
                    || line.letterSpaced && standsBetweenParagraphs(lines, line))) {
                page.assign(line, LineRole.TITLE, "display-line", () -> isDisplayLine(parameters, lines, line, pageColumn) ? "display type (dash or letter-spaced)"
                        : "letter-spaced between paragraphs");
            }
            bodySeen |= line.role() == LineRole.BODY;
        }
        spreadTitleWithinBoxes(parameters, page, lines, pageColumn);
        HeadlineEvidence.demoteUnsupportedGroups(page, lines, pageColumn);
    }

    /**
     * Section headings set over several lines in a narrower measure than the columns, at the head of
     * a box and followed by running text at the full measure ({@code 明 确 新 目 标 ：分 两} /
     * {@code 步走全面建设社会主义} / {@code 现代化国家}, then the section's text). Headlines are set
     * wider than their columns or on lines of their own, and never lead straight into full lines.
     * A box of such lines followed by another heading counts too.
     */
    private static void tagNarrowHeadings(TagParameters parameters, PageAnalysis page, List<TextLine> lines, int pageColumn) {
        // From the end, so that a heading box followed by another heading box (the extractor moved
        // the first section's text elsewhere) is seen after the one it precedes.
        for (int end = lines.size(); end > 0; ) {
            int start = end - 1;
            while (start > 0 && lines.get(start - 1).box == lines.get(end - 1).box) {
                start--;
            }
            int run = start;
            while (run < end && (isNarrowHeadingLine(lines.get(run), pageColumn) || isCommaLineOfNarrowHeading(lines.get(run), pageColumn))) {
                run++;
            }
            while (run > start && !isNarrowHeadingLine(lines.get(run - 1), pageColumn)) {
                run--;
            }
            TextLine next = run < lines.size() ? lines.get(run) : null;
            if (run - start >= parameters.minNarrowHeadingLines() && next != null
                    && (opensFullText(lines, next, pageColumn) || run == end && next.role() == LineRole.HEADING)) {
                for (int k = start; k < run; k++) {
                    page.assign(lines.get(k), LineRole.HEADING, "narrow-heading-over-its-section");
                }
            }
            end = start;
        }
    }

    private static boolean isNarrowHeadingLine(TextLine line, int pageColumn) {
        return isNarrowBodyLine(line, pageColumn) && line.couldBeTitle() && !LineShape.hasClauseSpace(line);
    }

    private static boolean isNarrowBodyLine(TextLine line, int pageColumn) {
        return line.role() == LineRole.BODY && !line.vertical && Measures.isWithinThreeQuarters(line.width, pageColumn);
    }

    /**
     * A long section heading may carry a comma ({@code 探索新治理：充分} / {@code 发挥党的领导优势，提} /
     * {@code 高国家治理现代化水平}): inside a run of narrow heading lines, a line whose only fault as a
     * title is a comma belongs to it; the run must still end on a line that could be a title.
     */
    private static boolean isCommaLineOfNarrowHeading(TextLine line, int pageColumn) {
        return isNarrowBodyLine(line, pageColumn) && LineShape.isTitleShaped(line, Punctuation.HEADING_EXCLUDED_MARKS);
    }

    /**
     * Running text at (about) the page's measure: a paragraph's first line two characters short of
     * it, a line that cannot be a title, or one followed by more such lines in its box.
     */
    private static boolean opensFullText(List<TextLine> lines, TextLine line, int pageColumn) {
        if (line.role() != LineRole.BODY || line.width * 10 < pageColumn * 8) {
            return false;
        }
        int after = line.position + 1;
        boolean runsOn = after < lines.size() && lines.get(after).box == line.box && lines.get(after).role() == LineRole.BODY
                && lines.get(after).width * 10 >= pageColumn * 8;
        return line.isIndentShort() || !line.couldBeTitle() || runsOn;
    }

    /**
     * A dash line without clause punctuation, ending its box: a subtitle ({@code ——两地共建产业园区纪实}),
     * not a dash-led list paragraph ({@code ——围绕……、……}), which runs on in its box.
     */
    private static boolean isDashSubtitle(List<TextLine> lines, TextLine line) {
        if (!line.isDashLed() || hasClausePunctuation(line.squashed.replace("、", "，"))) {
            return false;
        }
        int next = line.position + 1;
        return next >= lines.size() || lines.get(next).box != line.box || !lines.get(next).role().isBodyFlow();
    }

    private static boolean hasAnyPunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isCjkPunctuation(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClausePunctuation(String text) {
        return text.chars().anyMatch(c -> Punctuation.TITLE_EXCLUDED_MARKS.indexOf(c) >= 0);
    }

    /**
     * Display type: a dash subtitle, or a letter-spaced line that is not part of a justified body
     * box (justification letter-spaces body lines too, but they sit among lines of running text)
     * and either stops short of the column or runs wider than the page's columns.
     */
    private static boolean isDisplayLine(TagParameters parameters, List<TextLine> lines, TextLine line, int pageColumn) {
        if (line.isDashLed()) {
            return !opensParagraph(parameters, lines, line);
        }
        return line.letterSpaced && (!line.isFull() || LineShape.isWiderThanNeighbours(line))
                && !isRunningTextInSameBox(lines, line.position + 1, line) && !isRunningTextInSameBox(lines, line.position - 1, line)
                && !opensParagraph(parameters, lines, line);
    }

    /**
     * An indented line followed by a full line of running text is the first line of a paragraph,
     * letter-spaced only because it is justified, even when the extractor put the two in different boxes.
     */
    static boolean opensParagraph(TagParameters parameters, List<TextLine> lines, TextLine line) {
        if (!line.isIndentShort() || line.position + 1 >= lines.size() || isDashSubtitle(lines, line) || LineShape.hasClauseSpace(line)) {
            return false;
        }
        TextLine next = lines.get(line.position + 1);
        if (Datelines.startsWithDateline(next.raw)) {
            return false;
        }
        boolean runningText = next.box == line.box || hasAnyPunctuation(next.squashed) && !next.isDashLed();
        return next.role() == LineRole.BODY && next.isFull() && runningText
                && Measures.same(next.columnWidth(), line.columnWidth(), parameters.sameMeasure());
    }

    /**
     * Whether the extractor grouped lines into real text blocks (most lines sit in boxes of several
     * lines). Then a title-shaped line alone in its box is display type; where every line is a box
     * of its own, that says nothing.
     */
    private static boolean boxesAreTextBlocks(TagParameters parameters, List<TextLine> lines) {
        int inBlocks = 0;
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).box != lines.get(start).box) {
                if (i - start >= parameters.minTextBlock()) {
                    inBlocks += i - start;
                }
                start = i;
            }
        }
        return inBlocks * 2 > lines.size();
    }

    /** The next line of the same box is body text of the same measure: this line is part of a text box. */
    private static boolean continuesInSameBox(TagParameters parameters, List<TextLine> lines, TextLine line) {
        int next = line.position + 1;
        return next < lines.size() && lines.get(next).box == line.box && lines.get(next).role() == LineRole.BODY
                && !lines.get(next).couldBeTitle() && lines.get(next).width >= parameters.minTextWidth()
                && !Datelines.startsWithDateline(lines.get(next).raw);
    }

    private static boolean isRunningTextInSameBox(List<TextLine> lines, int index, TextLine line) {
        if (index < 0 || index >= lines.size()) {
            return false;
        }
        TextLine neighbour = lines.get(index);
        return neighbour.box == line.box && neighbour.role() == LineRole.BODY
                && (hasClausePunctuation(neighbour.raw) || Punctuation.endsSentence(neighbour.raw));
    }

    /**
     * The next line goes on with this one: it opens by finishing a sentence ({@code 事。这是……}), or
     * this line fills its column and the next starts mid-sentence; and the join reads as the page
     * writes elsewhere ({@code 办事}, {@code 工作}). This line is running text, not a title.
     */
    private static boolean isFinishedByNextLine(List<TextLine> lines, TextLine line, CharacterPairs pagePairs) {
        int next = line.position + 1;
        if (next >= lines.size() || lines.get(next).role() != LineRole.BODY) {
            return false;
        }
        TextLine following = lines.get(next);
        boolean followingRunsOn = LineShape.startsMidSentence(following) || closesSentenceAlone(following);
        if (!following.opensWithSentenceTail() && !(line.isFull() && followingRunsOn)) {
            return false;
        }
        String tail = line.body;
        String head = lines.get(next).body;
        return !tail.isEmpty() && !head.isEmpty() && pagePairs.count(tail.charAt(tail.length() - 1), head.charAt(0)) > 0;
    }

    /** A paragraph's short last line ({@code 现中华民族伟大复兴的中国梦”。}) that may finish the sentence of a full line above. */
    private static boolean closesSentenceAlone(TextLine line) {
        return !line.isFull() && Punctuation.endsSentence(line.raw) && !LineShape.startsParagraphForSure(line);
    }

    /** Every pair of neighbouring characters within a line of the page (none spans a line break). */
    private static CharacterPairs pagePairs(List<TextLine> lines) {
        CharacterPairs pairs = new CharacterPairs(4096);
        lines.forEach(line -> pairs.countPairsOf(line.body, CharacterPairs.Filter.ANY));
        return pairs;
    }

    /**
     * A line that ends no sentence, after a paragraph's last line and before a paragraph's first
     * line, cannot be running text: a paragraph never ends without punctuation.
     */
    private static boolean standsBetweenParagraphs(List<TextLine> lines, TextLine line) {
        TextLine before = neighbourBody(lines, line.position, -1);
        TextLine after = neighbourBody(lines, line.position, +1);
        return before != null && after != null && Punctuation.endsSentence(before.raw) && !before.isFull()
                && (after.indented || after.isIndentShort());
    }

    /** A headline stands right above its byline (a title-shaped line ends no paragraph that a byline could close). */
    private static boolean standsAboveByline(List<TextLine> lines, TextLine line) {
        int next = line.position + 1;
        return next < lines.size() && lines.get(next).role() == LineRole.BYLINE;
    }

    /**
     * A short title-shaped line opening a box whose next line starts a paragraph: a section heading
     * set above its text, wherever the extractor placed the box.
     */
    private static boolean headsItsBox(TagParameters parameters, List<TextLine> lines, TextLine line) {
        int next = line.position + 1;
        boolean opensBox = line.position == 0 || lines.get(line.position - 1).box != line.box;
        if (!opensBox || next >= lines.size() || lines.get(next).box != line.box) {
            return false;
        }
        TextLine after = lines.get(next);
        return after.role() == LineRole.BODY && (after.isIndentShort() || after.indented)
                && isShortForItsColumn(parameters, line) && line.squashed.length() <= parameters.maxHeadingChars();
    }

    /** No wider than about three quarters of its column (half a character of slack): a heading's width. */
    private static boolean isShortForItsColumn(TagParameters parameters, TextLine line) {
        return Measures.isWithinThreeQuarters(line.width - parameters.headingSlack(), line.columnWidth());
    }

    private static boolean isHeading(TagParameters parameters, List<TextLine> lines, TextLine line) {
        String text = line.squashed;
        if (text.length() > parameters.maxHeadingChars() || !isShortForItsColumn(parameters, line)) {
            return false;
        }
        TextLine before = neighbourBody(lines, line.position, -1);
        TextLine after = neighbourBody(lines, line.position, +1);
        if (before == null || after == null) {
            return false;
        }
        boolean paragraphEndedBefore = Punctuation.endsSentence(before.raw)
                && Measures.same(before.columnWidth(), line.columnWidth(), parameters.sameMeasure());
        boolean paragraphStartsAfter = after.indented || after.isIndentShort() || !after.isFull();
        return paragraphEndedBefore && paragraphStartsAfter && !line.isIndentShort();
    }

    /** The nearest line in {@code direction} that is still body text or a heading, skipping nothing else. */
    private static TextLine neighbourBody(List<TextLine> lines, int position, int direction) {
        int i = position + direction;
        while (i >= 0 && i < lines.size()) {
            TextLine candidate = lines.get(i);
            if (candidate.role() == LineRole.BODY) {
                return candidate;
            }
            if (candidate.role() != LineRole.FURNITURE && candidate.role() != LineRole.MARKER
                    && candidate.role() != LineRole.CAPTION && candidate.role() != LineRole.CREDIT) {
                return null;
            }
            i += direction;
        }
        return null;
    }

    /**
     * A headline group is one box: lines of the same box next to a title that could be titles
     * themselves (a subtitle that happens to be as wide as a column) are titles too.
     */
    private static void spreadTitleWithinBoxes(TagParameters parameters, PageAnalysis page, List<TextLine> lines, int pageColumn) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                if (line.role() != LineRole.BODY && line.role() != LineRole.HEADING || !line.couldBeTitle()) {
                    continue;
                }
                if (isTitleInSameBox(parameters, lines, i - 1, line, pageColumn) || isTitleInSameBox(parameters, lines, i + 1, line, pageColumn)) {
                    page.assign(line, LineRole.TITLE, "title-shaped-beside-title-in-its-box");
                    changed = true;
                }
            }
        }
    }

    /**
     * A neighbour in the same box that is a title pulls this line in when that neighbour is unmistakably
     * display type, or when this line is neither a full nor an indented body line itself.
     */
    private static boolean isTitleInSameBox(TagParameters parameters, List<TextLine> lines, int index, TextLine line, int pageColumn) {
        if (index < 0 || index >= lines.size()) {
            return false;
        }
        TextLine neighbour = lines.get(index);
        if (neighbour.role() != LineRole.TITLE || neighbour.box != line.box) {
            return false;
        }
        return isDisplayLine(parameters, lines, neighbour, pageColumn) || neighbour.vertical || (!line.isFull() && !line.isIndentShort());
    }
}
