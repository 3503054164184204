package banmian.pdf;

import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads each page's glyphs, rules, frames and images in one pass over its content stream. Text comes
 * from PDFBox's stripper machinery (fonts, Unicode maps, text matrices); this class collapses glyphs
 * drawn more than once (fake bold, shadows, lines drawn four times), remembering which were, and adds
 * the path and image operators the stripper ignores.
 */
final class PageContentCollector extends PDFTextStripper {
    /**
     * Names of heavy faces. Hei (黑体) is not among them: it is a sans face that some papers set
     * their body in; headings set in it stand out by size, and fake bold by overprinting.
     */
    private static final Pattern HEAVY_FONT_NAME = Pattern.compile("(?i)bold|black|heavy|粗");

    private final VectorPaths paths = new VectorPaths();
    private final List<Box> images = new ArrayList<>();
    private final Map<String, List<TextPosition>> drawnByText = new HashMap<>();
    private final Set<TextPosition> overprinted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<PDFont, FontFacts> fonts = new IdentityHashMap<>();
    private final List<PdfPage> pages = new ArrayList<>();
    private PDRectangle pageBox;
    private int unmappedGlyphs;

    PageContentCollector() {
        setSuppressDuplicateOverlappingText(false);
        addPathOperators();
        addOperator(new ImageAwareDrawObject());
    }

    List<PdfPage> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        pageBox = page.getCropBox();
        paths.reset();
        images.clear();
        overprinted.clear();
        drawnByText.clear();
        unmappedGlyphs = 0;
    }

    /**
     * Drops a glyph drawn again on (within a third of an em of) an earlier copy of itself, in the same
     * size, and marks
     * the copy kept. PDFBox's own suppression measures the tolerance with the glyph's advance, which
     * for vertical fonts is the whole line: it would drop the second 代 of a vertical headline.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode != null && !unicode.isBlank()) {
            float size = Math.max(Math.abs(text.getYScale()), 1f);
            List<TextPosition> drawn = drawnByText.computeIfAbsent(unicode, key -> new ArrayList<>());
            for (TextPosition earlier : drawn) {
                float earlierSize = Math.max(Math.abs(earlier.getYScale()), 1f);
                float tolerance = Math.min(size, earlierSize) / 3;
                if (Math.abs(earlierSize - size) <= 0.1f * Math.max(size, earlierSize)
                        && Math.abs(earlier.getXDirAdj() - text.getXDirAdj()) <= tolerance
                        && Math.abs(earlier.getYDirAdj() - text.getYDirAdj()) <= tolerance) {
                    overprinted.add(earlier);
                    return;
                }
            }
            drawn.add(text);
        }
        super.processTextPosition(text);
    }

    /** Counts glyphs whose font has no Unicode for them: the stripper drops those silently. */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        if (font.toUnicode(code) == null && !(font instanceof org.apache.pdfbox.pdmodel.font.PDSimpleFont)) {
            unmappedGlyphs++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** Collects the page instead of writing text: nothing here needs the stripper's output. */
    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                Glyph glyph = glyph(position);
                if (glyph != null) {
                    glyphs.add(glyph);
                }
            }
        }
        pages.add(new PdfPage(getCurrentPageNo(), pageBox.getWidth(), pageBox.getHeight(), glyphs,
                paths.rules(), paths.frames(), images, unmappedGlyphs));
    }

    private Glyph glyph(TextPosition position) {
        String text = position.getUnicode();
        if (text == null || text.isBlank()) {
            return null;
        }
        // The text rendering matrix carries the size: producers often set Tf 1 and scale with Tm.
        float size = Math.abs(position.getYScale());
        if (size <= 0) {
            size = position.getHeightDir();
        }
        FontFacts font = fonts.computeIfAbsent(position.getFont(), FontFacts::of);
        // A vertical font's advance runs down the page; across, the glyph is one em wide.
        float width = font.vertical ? size : position.getWidthDirAdj();
        return new Glyph(text, position.getXDirAdj(), position.getYDirAdj(), width, size,
                font.name, font.heavy, overprinted.contains(position), font.vertical);
    }

    private record FontFacts(String name, boolean heavy, boolean vertical) {
        static FontFacts of(PDFont font) {
            if (font == null) {
                return new FontFacts("", false, false);
            }
            String name = font.getName() == null ? "" : font.getName().replaceFirst("^[A-Z]{6}\\+", "");
            PDFontDescriptor descriptor = font.getFontDescriptor();
            boolean heavy = HEAVY_FONT_NAME.matcher(name).find()
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
            return new FontFacts(name, heavy, font.isVertical());
        }
    }

    // --- vector paths -------------------------------------------------------------------------

    private void addPathOperators() {
        addPathOperator(OperatorName.MOVE_TO, (p, o) -> p.moveTo(x(o, 0, 1), y(o, 0, 1)));
        addPathOperator(OperatorName.LINE_TO, (p, o) -> p.lineTo(x(o, 0, 1), y(o, 0, 1)));
        addPathOperator(OperatorName.CURVE_TO, (p, o) -> p.curveTo(x(o, 4, 5), y(o, 4, 5)));
        addPathOperator(OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, (p, o) -> p.curveTo(x(o, 2, 3), y(o, 2, 3)));
        addPathOperator(OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, (p, o) -> p.curveTo(x(o, 2, 3), y(o, 2, 3)));
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

    private double x(List<COSBase> operands, int xi, int yi) {
        return operands.size() > yi ? point(number(operands, xi), number(operands, yi))[0] : 0;
    }

    private double y(List<COSBase> operands, int xi, int yi) {
        return operands.size() > yi ? point(number(operands, xi), number(operands, yi))[1] : 0;
    }

    private static float number(List<COSBase> operands, int index) {
        return ((COSNumber) operands.get(index)).floatValue();
    }

    /** User space to page coordinates: through the CTM, then flipped to a top-left origin. */
    private double[] point(float x, float y) {
        Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        return new double[] {p.x - pageBox.getLowerLeftX(), pageBox.getUpperRightY() - p.y};
    }

    private double lineWidth() {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        return getGraphicsState().getLineWidth() * Math.max(Math.abs(ctm.getScalingFactorX()), Math.abs(ctm.getScalingFactorY()));
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
                double[] a = point(0, 0);
                double[] b = point(1, 1);
                images.add(Box.spanning(a[0], a[1], b[0], b[1]));
                return;
            }
            super.process(operator, operands);
        }
    }
}
