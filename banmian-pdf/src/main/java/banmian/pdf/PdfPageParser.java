package banmian.pdf;

import banmian.layout.Explanation;
import banmian.layout.PageParser;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.PageAnalysis;
import banmian.model.Geometry;
import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF path: glyphs to lines to blocks, blocks into reading order by geometry, then the same
 * stages as the text path over lines that carry their geometry. Source line numbers count the lines
 * in reading order, with a blank line between blocks as extractors write them.
 */
public final class PdfPageParser {
    private final LineBuilder lineBuilder = new LineBuilder();
    private final BlockBuilder blockBuilder = new BlockBuilder();
    private final XyCut xyCut = new XyCut();
    private final PageParser stages = new PageParser();

    /** A page without usable text (see {@link PdfReader#problem}) comes out without articles. */
    public Page parse(PdfPage page, PageMeta callerMeta) {
        return parse(layOut(page), callerMeta);
    }

    public Page parse(LaidOutPage page, PageMeta callerMeta) {
        if (page.problem().isPresent()) {
            return new Page(callerMeta, List.of(), List.of());
        }
        Page parsed = stages.parse(page.lines(), callerMeta, page.graphics());
        Map<Integer, Geometry> geometry = new HashMap<>();
        for (SourceLine line : page.lines()) {
            if (line.geometry() != null) {
                geometry.put(line.number(), line.geometry());
            }
        }
        return new Page(parsed.meta(), parsed.articles(), parsed.unassigned(), geometry);
    }

    /**
     * The page parsed with every decision of the shared stages recorded ({@code parse --explain}),
     * or empty for a page without usable text.
     */
    public Optional<Explanation> explain(LaidOutPage page, PageMeta callerMeta, String inputName) {
        if (page.problem().isPresent()) {
            return Optional.empty();
        }
        PageAnalysis analysis = stages.analyseLaidOut(page.lines(), callerMeta, page.graphics(), DecisionLog.recording());
        return Optional.of(Explanation.of(inputName + " page " + page.number(), analysis));
    }

    /** The page's lines in reading order and its graphics, ready for the shared stages. */
    public LaidOutPage layOut(PdfPage page) {
        Optional<String> problem = PdfReader.problem(page, true);
        if (problem.isPresent()) {
            return new LaidOutPage(page.number(), List.of(), PageGraphics.NONE, problem, page.notes(), page.readTime());
        }
        List<Geometry> horizontalRules = page.rules().stream().filter(Rule::horizontal)
                .map(rule -> rule.extent().geometry(0, false)).toList();
        List<Geometry> verticalRules = page.rules().stream().filter(rule -> !rule.horizontal())
                .map(rule -> rule.extent().geometry(0, false)).toList();
        List<Geometry> images = page.images().stream().map(image -> image.geometry(0, false)).toList();
        return new LaidOutPage(page.number(), sourceLines(page), new PageGraphics(horizontalRules, verticalRules, images),
                Optional.empty(), page.notes(), page.readTime());
    }

    public List<SourceLine> sourceLines(PdfPage page) {
        double bodySize = LineBuilder.dominantSize(page.glyphs());
        List<GlyphLine> glyphLines = lineBuilder.build(page, bodySize);
        List<GlyphBlock> blocks = xyCut.order(blockBuilder.build(glyphLines, page.rules(), bodySize), page.rules(), bodySize);
        List<SourceLine> lines = new ArrayList<>();
        for (GlyphBlock block : blocks) {
            if (!lines.isEmpty()) {
                lines.add(new SourceLine(lines.size() + 1, ""));
            }
            for (GlyphLine line : block.lines()) {
                lines.add(new SourceLine(lines.size() + 1, line.text(), line.box().geometry(line.size(), line.heavy())));
            }
        }
        return lines;
    }
}
