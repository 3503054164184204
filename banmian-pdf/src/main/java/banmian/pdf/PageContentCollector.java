package banmian.pdf;

import banmian.limits.Limits;
import banmian.limits.PageBudget;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads each page's glyphs, rules and images in one pass over its content stream. Text comes from
 * PDFBox's stripper machinery (fonts, Unicode maps, text matrices); this class drops glyphs drawn
 * again on top of themselves ({@link OverprintFilter}), counts glyphs no font can turn into text,
 * adds the path and image operators the stripper ignores, and reports every position on the page as
 * displayed ({@link PageFrame}).
 */
final class PageContentCollector extends PDFTextStripper {
    /**
     * Names of heavy faces. Hei (黑体) is not among them: it is a sans face that some papers set
     * their body in; headings set in it stand out by size, and fake bold by overprinting.
     */
    private static final Pattern HEAVY_FONT_NAME = Pattern.compile("(?i)bold|black|heavy|粗");
    /** The tag of a subset font ({@code ABCDEF+SimSun}), which says nothing of the face. */
    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");
    /** A glyph whose advance runs within this of a page axis is read along that axis. */
    private static final double AXIS_SLACK = 0.2;

    private final VectorPaths paths = new VectorPaths();
    private final OverprintFilter overprints = new OverprintFilter();
    private final List<Box> images = new ArrayList<>();
    private final List<Glyph> spaces = new ArrayList<>();
    private final Map<PDFont, FontFacts> fonts = new IdentityHashMap<>();
    /**
     * Glyphs drawn with their outline stroked as well as filled (text rendering mode 2): bold as
     * many producers make it from a regular face, the weight in the drawing rather than the font.
     */
    private final Set<TextPosition> strokedBold = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<PdfPage> pages = new ArrayList<>();
    private PageFrame frame;
    private int unmappedGlyphs;
    private boolean drawingUnmappedGlyph;

    private final PdfReader.PageProgress progress;
    private final Limits limits;
    private final DecodedStreamCheck streams = new DecodedStreamCheck();
    /** The budget of the page being read. */
    private PageBudget budget;
    private int pageCount;

    PageContentCollector(PdfReader.PageProgress progress, Limits limits) {
        this.progress = progress;
        this.limits = limits;
        setSuppressDuplicateOverlappingText(false);
        addPathOperators();
        addOperator(new ImageAwareDrawObject());
        addOperator(new InlineImage());
    }

    /** Every page of the document in order, pages without a content stream included (as empty pages). */
    List<PdfPage> read(PDDocument document) throws IOException {
        pages.clear();
        pageCount = document.getNumberOfPages();
        writeText(document, Writer.nullWriter());
        List<PdfPage> all = new ArrayList<>();
        int next = 0;
        for (int number = 1; number <= document.getNumberOfPages(); number++) {
            if (next < pages.size() && pages.get(next).number() == number) {
                all.add(pages.get(next++));
            } else {
                PageFrame empty = new PageFrame(document.getPage(number - 1));
                all.add(new PdfPage(number, empty.displayWidth(), empty.displayHeight(), List.of(), List.of(), List.of(), List.of(), 0, List.of(), Duration.ZERO));
            }
        }
        return all;
    }

    /**
     * Reads one page within its budget: the streams its text depends on are checked for size first,
     * every operator and glyph counts, and the clock runs.
     */
    @Override
    public void processPage(PDPage page) throws IOException {
        PageBudget pageBudget = PageBudget.start(limits, "page " + getCurrentPageNo(), "reading it");
        budget = pageBudget;
        try {
            pageBudget.run(() -> {
                streams.check(page, pageBudget);
                super.processPage(page);
                return null;
            });
        } finally {
            budget = null;
        }
    }

    /**
     * Counts every operator against the page's budget. A restore without a save ({@code Q} on an
     * empty graphics stack) is passed over here: PDFBox would build an exception with a stack trace
     * for each, and files with a million of them exist.
     */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (budget != null) {
            budget.countOperator();
            if (OperatorName.RESTORE.equals(operator.getName()) && getGraphicsStackSize() <= 1) {
                budget.ignored("unbalanced Q (restore without save)");
                return;
            }
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        frame = new PageFrame(page);
        paths.reset();
        images.clear();
        spaces.clear();
        strokedBold.clear();
        overprints.reset();
        unmappedGlyphs = 0;
    }

    /**
     * Counts and drops glyphs whose font has no Unicode for them. A simple font's raw code is kept:
     * PDFBox reads it as the character, which is right for most such fonts; a Type 3 font's codes
     * name drawings, not characters.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        if (budget != null) {
            budget.countGlyph();
        }
        boolean codeIsTextAnyway = font instanceof org.apache.pdfbox.pdmodel.font.PDSimpleFont && !(font instanceof PDType3Font);
        drawingUnmappedGlyph = !codeIsTextAnyway && font.toUnicode(code) == null;
        if (drawingUnmappedGlyph) {
            unmappedGlyphs++;
        }
        try {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } finally {
            drawingUnmappedGlyph = false;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (drawingUnmappedGlyph || unicode == null || unicode.isEmpty() || !isPlausible(text)) {
            return;
        }
        if (unicode.isBlank()) {
            // A space the page draws: no text of its own, but proof that the text runs on across a gap.
            Glyph space = glyph(text);
            if (!space.vertical()) {
                spaces.add(space);
            }
            return;
        }
        if (!overprints.isRepeat(text, size(text))) {
            if (isStrokedAsWellAsFilled()) {
                strokedBold.add(text);
            }
            super.processTextPosition(text);
        }
    }

    /** The glyph being shown is filled and its outline stroked over it with a visible line. */
    private boolean isStrokedAsWellAsFilled() {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        return (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) && getGraphicsState().getLineWidth() > 0;
    }

    /**
     * Whether a glyph can be part of the page's text: finite, on the page, and no larger than the page.
     * A glyph scaled to 1e8 points, or drawn far off the page, is dropped before the overprint check,
     * whose search grows with the glyph's size.
     */
    private boolean isPlausible(TextPosition text) {
        float size = size(text);
        if (!Float.isFinite(size) || size > frame.displayWidth() + frame.displayHeight()) {
            return false;
        }
        Glyph glyph = glyph(text);
        return Double.isFinite(glyph.x()) && Double.isFinite(glyph.baseline()) && Double.isFinite(glyph.width())
                && frame.contains(glyph.centerX(), glyph.baseline());
    }

    /** Collects the page instead of writing text: nothing here needs the stripper's output. */
    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                Glyph glyph = glyph(position);
                if (frame.contains(glyph.centerX(), glyph.baseline())) {
                    glyphs.add(glyph);
                }
            }
        }
        List<Rule> rules = paths.rules().stream().filter(rule -> onPage(rule.extent())).toList();
        List<Box> shown = images.stream().filter(this::onPage).toList();
        pages.add(new PdfPage(getCurrentPageNo(), frame.displayWidth(), frame.displayHeight(), glyphs, List.copyOf(spaces),
                rules, shown, unmappedGlyphs, budget == null ? List.of() : budget.notes(),
                budget == null ? Duration.ZERO : budget.elapsed()));
        progress.pageRead(getCurrentPageNo(), pageCount);
    }

    private boolean onPage(Box box) {
        return frame.contains(box.x() + box.width() / 2, box.y() + box.height() / 2);
    }

    /**
     * The glyph on the displayed page. Upright text on an upright page keeps PDFBox's own positions;
     * otherwise the glyph's origin and advance go through the page frame, and text running down the
     * page (rotated labels, vertical setting) is read as a vertical run.
     */
    private Glyph glyph(TextPosition position) {
        float size = size(position);
        FontFacts font = fonts.computeIfAbsent(position.getFont(), FontFacts::of);
        boolean overprinted = overprints.wasOverprinted(position);
        boolean heavy = font.heavy || strokedBold.contains(position);
        if (frame.isUpright() && position.getDir() == 0) {
            // A vertical font's advance runs down the page; across, the glyph is one em wide.
            float width = font.vertical ? size : position.getWidthDirAdj();
            return new Glyph(position.getUnicode(), position.getXDirAdj(), position.getYDirAdj(), width, size,
                    font.name, heavy, overprinted, font.vertical ? Glyph.Flow.DOWN : Glyph.Flow.ACROSS);
        }
        Matrix matrix = position.getTextMatrix();
        double[] origin = frame.fromCropSpace(matrix.getTranslateX(), matrix.getTranslateY());
        double[] advance = frame.direction(matrix.getValue(0, 0), matrix.getValue(0, 1));
        boolean down = advance[1] > 0 && Math.abs(advance[0]) <= AXIS_SLACK * advance[1];
        boolean up = advance[1] < 0 && Math.abs(advance[0]) <= AXIS_SLACK * -advance[1];
        if (down || up || font.vertical) {
            // Turned text stands beside its origin line; up-running text's glyphs stand above their origin.
            double baseline = up ? origin[1] : origin[1] + size;
            return new Glyph(position.getUnicode(), origin[0] - size / 2, baseline, size, size,
                    font.name, heavy, overprinted, up ? Glyph.Flow.UP : Glyph.Flow.DOWN);
        }
        return new Glyph(position.getUnicode(), origin[0], origin[1], Math.abs(position.getWidthDirAdj()), size,
                font.name, heavy, overprinted, Glyph.Flow.ACROSS);
    }

    /**
     * The type size in points: the text rendering matrix carries it (producers often set Tf 1 and
     * scale with Tm); a Type 3 font's own matrix scales its glyph space as well.
     */
    private static float size(TextPosition position) {
        float size = Math.abs(position.getYScale());
        if (position.getFont() instanceof PDType3Font type3) {
            size *= (float) Math.abs(type3.getFontMatrix().getScaleY() * 1000);
        }
        return size > 0 ? size : position.getHeightDir();
    }

    private record FontFacts(String name, boolean heavy, boolean vertical) {
        static FontFacts of(PDFont font) {
            if (font == null) {
                return new FontFacts("", false, false);
            }
            String name = font.getName() == null ? "" : SUBSET_TAG.matcher(font.getName()).replaceFirst("");
            PDFontDescriptor descriptor = font.getFontDescriptor();
            boolean heavy = HEAVY_FONT_NAME.matcher(name).find()
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
            return new FontFacts(name, heavy, font.isVertical());
        }
    }

    // --- vector paths -------------------------------------------------------------------------

    private void addPathOperators() {
        addPathOperator(OperatorName.MOVE_TO, (p, o) -> p.moveTo(point(o, 0)));
        addPathOperator(OperatorName.LINE_TO, (p, o) -> p.lineTo(point(o, 0)));
        addPathOperator(OperatorName.CURVE_TO, (p, o) -> p.curveTo(point(o, 4)));
        addPathOperator(OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, (p, o) -> p.curveTo(point(o, 2)));
        addPathOperator(OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, (p, o) -> p.curveTo(point(o, 2)));
        addPathOperator(OperatorName.CLOSE_PATH, (p, o) -> p.closePath());
        addPathOperator(OperatorName.APPEND_RECT, this::appendRectangle);
        addPathOperator(OperatorName.STROKE_PATH, (p, o) -> p.stroke(lineWidth()));
        addPathOperator(OperatorName.CLOSE_AND_STROKE, (p, o) -> {
            p.closePath();
            p.stroke(lineWidth());
        });
        for (String fill : List.of(OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD)) {
            addPathOperator(fill, (p, o) -> p.fill());
        }
        for (String fillAndStroke : List.of(OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE,
                OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE)) {
            addPathOperator(fillAndStroke, (p, o) -> {
                p.closePath();
                p.stroke(lineWidth());
            });
        }
        addPathOperator(OperatorName.ENDPATH, (p, o) -> p.discard());
    }

    private void addPathOperator(String name, BiConsumer<VectorPaths, List<COSBase>> action) {
        addOperator(new OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operands.stream().allMatch(operand -> operand instanceof COSNumber)) {
                    if (budget != null) {
                        budget.countGraphic();
                    }
                    action.accept(paths, operands);
                }
            }

            @Override
            public String getName() {
                return name;
            }
        });
    }

    private void appendRectangle(VectorPaths p, List<COSBase> operands) {
        if (operands.size() < 4) {
            return;
        }
        float x = number(operands, 0);
        float y = number(operands, 1);
        float w = number(operands, 2);
        float h = number(operands, 3);
        p.rectangle(point(x, y), point(x + w, y), point(x + w, y + h), point(x, y + h));
    }

    /** The point given by operands {@code first} and {@code first + 1}, or the origin when they are missing. */
    private double[] point(List<COSBase> operands, int first) {
        return operands.size() > first + 1 ? point(number(operands, first), number(operands, first + 1)) : point(0, 0);
    }

    private static float number(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }

    /** User space through the CTM onto the displayed page. */
    private double[] point(float x, float y) {
        Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        return frame.fromUserSpace(p.x, p.y);
    }

    private double lineWidth() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        return getGraphicsState().getLineWidth() * Math.max(Math.abs(ctm.getScalingFactorX()), Math.abs(ctm.getScalingFactorY()));
    }

    /** An image occupies the unit square of the current CTM. */
    private void recordImage() {
        if (budget != null) {
            budget.countGraphic();
        }
        double[] a = point(0, 0);
        double[] b = point(1, 0);
        double[] c = point(1, 1);
        double[] d = point(0, 1);
        double left = Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0]));
        double top = Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1]));
        double right = Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0]));
        double bottom = Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]));
        images.add(new Box(left, top, right - left, bottom - top));
    }

    /** {@code Do}: an image records where it lands; forms are still run for their text. */
    private final class ImageAwareDrawObject extends DrawObject {
        ImageAwareDrawObject() {
            super(PageContentCollector.this);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            PDResources resources = getResources();
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name && resources != null
                    && resources.isImageXObject(name)) {
                recordImage();
                return;
            }
            super.process(operator, operands);
        }
    }

    /** {@code BI … ID … EI}: an image written into the content stream itself. */
    private final class InlineImage extends OperatorProcessor {
        InlineImage() {
            super(PageContentCollector.this);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            recordImage();
        }

        @Override
        public String getName() {
            return OperatorName.BEGIN_INLINE_IMAGE;
        }
    }
}
