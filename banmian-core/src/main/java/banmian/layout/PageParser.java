package banmian.layout;

import banmian.layout.line.Flow;
import banmian.layout.prepare.JoinedColumns;
import banmian.layout.prepare.LayoutColumns;
import banmian.layout.line.TextLine;

import banmian.layout.assemble.ArticleAssembler;
import banmian.layout.assemble.CaptionGrouper;
import banmian.layout.order.ReadingOrder;
import banmian.layout.prepare.ContinuationMarkers;
import banmian.layout.prepare.LinePreparer;
import banmian.layout.segment.ArticleSegmenter;
import banmian.layout.tag.AuthorTagger;
import banmian.layout.tag.CaptionTagger;
import banmian.layout.tag.ColumnWidths;
import banmian.layout.tag.PageFurniture;
import banmian.layout.tag.TitleTagger;

import banmian.limits.PageBudget;
import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text path: extractor lines in, articles out. Each stage is a small transformation over the
 * page's lines; see the README's architecture section for the order and the evidence each uses.
 */
public final class PageParser {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private final LinePreparer preparer = new LinePreparer();
    private final ContinuationMarkers markers = new ContinuationMarkers();
    private final PageFurniture furniture = new PageFurniture();
    private final ColumnWidths columnWidths = new ColumnWidths();
    private final CaptionTagger captions = new CaptionTagger();
    private final AuthorTagger authors = new AuthorTagger();
    private final TitleTagger titles = new TitleTagger();
    private final ReadingOrder readingOrder = new ReadingOrder();
    private final ArticleSegmenter segmenter = new ArticleSegmenter();
    private final CaptionGrouper captionGrouper = new CaptionGrouper();
    private final ArticleAssembler assembler = new ArticleAssembler();

    /** Parses one page; {@code callerMeta} values win over what the page's furniture says. */
    public Page parse(List<SourceLine> input, PageMeta callerMeta) {
        return parse(input, callerMeta, PageGraphics.NONE);
    }

    /** Parses one page whose lines carry geometry, with the rules and images the page draws. */
    public Page parse(List<SourceLine> input, PageMeta callerMeta, PageGraphics graphics) {
        // The clock is looked at between stages; stages look at it in their own input-driven loops.
        List<TextLine> lines = markers.tag(preparer.prepare(JoinedColumns.split(LayoutColumns.split(input))));
        PageBudget.checkClock();
        PageMeta shown = furniture.tag(lines);
        captions.tag(lines, graphics.images());
        authors.tag(lines);
        columnWidths.estimate(lines);
        PageBudget.checkClock();
        titles.tag(lines, graphics.horizontalRules());
        PageBudget.checkClock();
        Flow flow = readingOrder.order(lines, graphics);
        PageBudget.checkClock();
        ArticleAssembler.Result result = assembler.assemble(lines, segmenter.split(flow, lines), captionGrouper.group(lines), graphics);
        return new Page(callerMeta.overriding(shown), result.articles(), result.unassigned());
    }

    /** Splits decoded text into numbered source lines (CRLF and CR tolerated). */
    public static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        for (String line : LINE_BREAK.split(text, -1)) {
            lines.add(new SourceLine(number++, line));
        }
        return lines;
    }
}
