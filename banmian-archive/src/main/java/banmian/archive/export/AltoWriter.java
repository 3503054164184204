package banmian.archive.export;

import banmian.Banmian;
import banmian.model.Geometry;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page as ALTO 4.4: every block of the page a {@code TextBlock} with its id, its role (a
 * {@code StructureTag} named after the block type: {@code headline}, {@code byline}, {@code paragraph},
 * {@code caption}, {@code furniture}…) and its box, in {@link Inch1200 inch1200}; each article's blocks
 * in reading order as an {@code OrderedGroup} of the {@code ReadingOrder}.
 *
 * <p>What is written where the page does not know it:
 * <ul>
 * <li>Lines: the page keeps each block's text joined (line breaks and hyphenation undone, spacing
 *     normalised), so a block is one {@code TextLine} of one {@code String} holding its text, with the
 *     block's box; a caption with a credit is two lines (text, credit) without boxes of their own.</li>
 * <li>Boxes: a page read from a text layer knows no positions. ALTO 4.4 makes every position optional
 *     (HPOS, VPOS, WIDTH and HEIGHT of pages, print spaces, blocks, lines and strings), so its blocks
 *     are written with their text and roles and no positions at all; none is ever made up.</li>
 * <li>Page size: given ({@link PageExport#size()}, from the source PDF) it is the {@code Page}'s WIDTH
 *     and HEIGHT. Unknown, they are the right and bottom edges of the printed area (the union of the
 *     blocks' boxes): the least the page must measure, not its paper size. A page without boxes and
 *     without a size has neither.</li>
 * <li>{@code PrintSpace} is the union of the blocks' boxes; page furniture is in it too, as banmian
 *     does not tell the margins apart.</li>
 * </ul>
 */
public final class AltoWriter {
    public static final String NAMESPACE = "http://www.loc.gov/standards/alto/ns-v4#";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String MIME_TYPE = "application/xml";
    private static final String PROCESSING_ID = "BANMIAN";
    private static final String ROLE_PREFIX = "ROLE_";
    /** Chinese newspapers; a block in another language would say so on its own. */
    private static final String LANGUAGE = "zh";

    private final PageExport export;
    private final List<PageBlocks.TextBlock> blocks;
    private final XmlOut xml;

    private AltoWriter(PageExport export, XmlOut xml) {
        this.export = export;
        this.blocks = PageBlocks.of(export.page(), export.number());
        this.xml = xml;
    }

    /** The page's ALTO document, UTF-8. */
    public static byte[] toBytes(PageExport page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(page, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the page's ALTO document to {@code out} (left open). */
    public static void write(PageExport page, OutputStream out) throws IOException {
        try {
            XmlOut xml = XmlOut.start(out);
            new AltoWriter(page, xml).document();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the ALTO of " + page.id() + ": " + e.getMessage(), e);
        }
    }

    private void document() throws XMLStreamException {
        xml.prefix("", NAMESPACE);
        xml.prefix("xsi", XSI);
        xml.start(NAMESPACE, "alto");
        xml.declare("", NAMESPACE);
        xml.declare("xsi", XSI);
        xml.attribute(XSI, "schemaLocation", SCHEMA_LOCATION);
        xml.attribute("SCHEMAVERSION", "4.4");
        description();
        tags();
        readingOrder();
        layout();
        xml.end();
    }

    private void description() throws XMLStreamException {
        xml.start(NAMESPACE, "Description");
        xml.textElement(NAMESPACE, "MeasurementUnit", Inch1200.UNIT);
        xml.start(NAMESPACE, "sourceImageInformation");
        if (export.sourceFile() != null) {
            xml.textElement(NAMESPACE, "fileName", export.sourceFile());
        }
        xml.start(NAMESPACE, "documentIdentifier");
        xml.attribute("documentIdentifierLocation", "banmian");
        xml.text(export.id());
        xml.end();
        xml.end();
        xml.start(NAMESPACE, "Processing");
        xml.attribute("ID", PROCESSING_ID);
        xml.textElement(NAMESPACE, "processingCategory", "contentGeneration");
        xml.textElement(NAMESPACE, "processingStepDescription",
                "Articles and their blocks read from the page's own text (a PDF's text layer or a text file), not by OCR");
        xml.start(NAMESPACE, "processingSoftware");
        xml.textElement(NAMESPACE, "softwareName", "banmian");
        xml.textElement(NAMESPACE, "softwareVersion", Banmian.version());
        xml.end();
        xml.end();
        xml.end();
    }

    private void tags() throws XMLStreamException {
        Set<String> roles = new LinkedHashSet<>();
        blocks.forEach(block -> roles.add(block.role()));
        if (roles.isEmpty()) {
            return;
        }
        xml.start(NAMESPACE, "Tags");
        for (String role : roles) {
            xml.empty(NAMESPACE, "StructureTag");
            xml.attribute("ID", ROLE_PREFIX + role);
            xml.attribute("TYPE", "banmian block type");
            xml.attribute("LABEL", role);
        }
        xml.end();
    }

    /** Each article's blocks in reading order; the unassigned blocks are read in no article. */
    private void readingOrder() throws XMLStreamException {
        int articles = export.page().articles().size();
        boolean started = false;
        for (int a = 0; a < articles; a++) {
            List<String> ids = PageBlocks.idsOf(blocks, a);
            if (ids.isEmpty()) {
                continue;
            }
            if (!started) {
                xml.start(NAMESPACE, "ReadingOrder");
                xml.start(NAMESPACE, "UnorderedGroup");
                xml.attribute("ID", PageBlocks.pageId(export.number()) + "_ARTICLES");
                started = true;
            }
            xml.start(NAMESPACE, "OrderedGroup");
            xml.attribute("ID", PageBlocks.pageId(export.number()) + "_A" + (a + 1));
            for (String id : ids) {
                xml.empty(NAMESPACE, "ElementRef");
                xml.attribute("ID", id + "_REF");
                xml.attribute("REF", id);
            }
            xml.end();
        }
        if (started) {
            xml.end();
            xml.end();
        }
    }

    private void layout() throws XMLStreamException {
        Geometry printed = PageBlocks.around(blocks);
        xml.start(NAMESPACE, "Layout");
        xml.start(NAMESPACE, "Page");
        xml.attribute("ID", PageBlocks.pageId(export.number()));
        xml.attribute("PROCESSINGREFS", PROCESSING_ID);
        if (export.size() != null) {
            xml.attribute("WIDTH", Inch1200.of(export.size().width()));
            xml.attribute("HEIGHT", Inch1200.of(export.size().height()));
        } else if (printed != null) {
            xml.attribute("WIDTH", Inch1200.of(printed.right()));
            xml.attribute("HEIGHT", Inch1200.of(printed.bottom()));
        }
        xml.attribute("PHYSICAL_IMG_NR", String.valueOf(export.number()));
        xml.attribute("PRINTED_IMG_NR", String.valueOf(export.number()));
        xml.attribute("LANG", LANGUAGE);
        xml.start(NAMESPACE, "PrintSpace");
        position(printed);
        for (PageBlocks.TextBlock block : blocks) {
            textBlock(block);
        }
        xml.end();
        xml.end();
        xml.end();
    }

    private void textBlock(PageBlocks.TextBlock block) throws XMLStreamException {
        xml.start(NAMESPACE, "TextBlock");
        xml.attribute("ID", block.id());
        position(block.box());
        xml.attribute("TAGREFS", ROLE_PREFIX + block.role());
        // A line has a box of its own only when it is the block's one line.
        Geometry lineBox = block.lines().size() == 1 ? block.box() : null;
        for (int l = 0; l < block.lines().size(); l++) {
            xml.start(NAMESPACE, "TextLine");
            xml.attribute("ID", block.id() + "_L" + (l + 1));
            position(lineBox);
            xml.empty(NAMESPACE, "String");
            position(lineBox);
            xml.attribute("CONTENT", block.lines().get(l));
            xml.end();
        }
        xml.end();
    }

    /** HPOS, VPOS, WIDTH and HEIGHT of a box; none for an unknown one. */
    private void position(Geometry box) throws XMLStreamException {
        if (box == null) {
            return;
        }
        xml.attribute("HPOS", Inch1200.of(box.x()));
        xml.attribute("VPOS", Inch1200.of(box.y()));
        xml.attribute("WIDTH", Inch1200.of(box.width()));
        xml.attribute("HEIGHT", Inch1200.of(box.height()));
    }
}
