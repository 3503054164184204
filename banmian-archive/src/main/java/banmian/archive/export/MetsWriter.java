package banmian.archive.export;

import banmian.Banmian;
import banmian.archive.Story;
import banmian.model.Article;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An issue (or one page of it) as METS, the wrapper libraries exchange digitised newspapers in:
 * <ul>
 * <li>{@code dmdSec}: MODS for the issue (paper as title, date issued, language, genre) and for each
 *     article (its headline and subtitle, and its banmian story id);</li>
 * <li>{@code fileSec}: one ALTO file per page ({@link AltoWriter}) and its page JSON;</li>
 * <li>the physical {@code structMap}: the issue, its pages in order, each pointing at its two files;</li>
 * <li>the logical {@code structMap}: the issue and one {@code ARTICLE} division per story, labelled
 *     with its headline, whose areas name the story's ALTO {@code TextBlock}s by id
 *     ({@code BETYPE="IDREF"}), one {@code fptr} per part: a story continued from page 1 to page 2 is
 *     one division with its blocks on both pages, in reading order;</li>
 * <li>{@code structLink}: each article linked to the pages it stands on.</li>
 * </ul>
 * Blocks that belong to no article (furniture, advertisements, what could not be attached) are in
 * the ALTO files and in no article division.
 */
public final class MetsWriter {
    public static final String NAMESPACE = "http://www.loc.gov/METS/";
    public static final String MODS = "http://www.loc.gov/mods/v3";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.loc.gov/standards/mets/mets.xsd "
            + MODS + " http://www.loc.gov/standards/mods/v3/mods-3-8.xsd";

    private final IssueExport issue;
    private final FileLocations locations;
    private final Instant created;
    private final XmlOut xml;
    private final Map<Integer, PageExport> pages = new LinkedHashMap<>();
    private final Map<Integer, List<PageBlocks.TextBlock>> blocks = new LinkedHashMap<>();
    private final List<Story> stories = new ArrayList<>();

    private MetsWriter(IssueExport issue, FileLocations locations, Instant created, XmlOut xml) {
        this.issue = issue;
        this.locations = locations;
        this.created = created;
        this.xml = xml;
        for (PageExport page : issue.pages()) {
            pages.put(page.number(), page);
            blocks.put(page.number(), PageBlocks.of(page.page(), page.number()));
        }
        for (Story story : issue.stories()) {
            if (!exportedParts(story).isEmpty()) {
                stories.add(story);
            }
        }
    }

    /** The story's parts on the pages exported; its label and description still come from the whole story. */
    private List<Story.Part> exportedParts(Story story) {
        return story.parts().stream().filter(part -> pages.containsKey(part.page().number())).toList();
    }

    /** The issue's METS document, UTF-8; {@code created} is its creation time. */
    public static byte[] toBytes(IssueExport issue, FileLocations locations, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(issue, locations, created, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    public static void write(IssueExport issue, FileLocations locations, Instant created, OutputStream out) throws IOException {
        try {
            XmlOut xml = XmlOut.start(out);
            new MetsWriter(issue, locations, created, xml).document();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the METS of " + issue.id() + ": " + e.getMessage(), e);
        }
    }

    private void document() throws XMLStreamException {
        xml.prefix("mets", NAMESPACE);
        xml.prefix("mods", MODS);
        xml.prefix("xlink", XLINK);
        xml.prefix("xsi", AltoWriter.XSI);
        xml.start(NAMESPACE, "mets");
        xml.declare("mets", NAMESPACE);
        xml.declare("mods", MODS);
        xml.declare("xlink", XLINK);
        xml.declare("xsi", AltoWriter.XSI);
        xml.attribute(AltoWriter.XSI, "schemaLocation", SCHEMA_LOCATION);
        xml.attribute("OBJID", issue.id());
        xml.attribute("TYPE", "Newspaper");
        xml.attribute("LABEL", issueLabel());
        header();
        issueDescription();
        for (int s = 0; s < stories.size(); s++) {
            articleDescription(s);
        }
        fileSection();
        physicalMap();
        logicalMap();
        links();
        xml.end();
    }

    private String issueLabel() {
        return issue.paper() + " " + issue.date();
    }

    private void header() throws XMLStreamException {
        xml.start(NAMESPACE, "metsHdr");
        xml.attribute("CREATEDATE", created.truncatedTo(ChronoUnit.SECONDS).toString());
        xml.start(NAMESPACE, "agent");
        xml.attribute("ROLE", "CREATOR");
        xml.attribute("TYPE", "OTHER");
        xml.attribute("OTHERTYPE", "SOFTWARE");
        xml.textElement(NAMESPACE, "name", "banmian " + Banmian.version());
        xml.end();
        xml.end();
    }

    private void startMods(String id) throws XMLStreamException {
        xml.start(NAMESPACE, "dmdSec");
        xml.attribute("ID", id);
        xml.start(NAMESPACE, "mdWrap");
        xml.attribute("MDTYPE", "MODS");
        xml.start(NAMESPACE, "xmlData");
        xml.start(MODS, "mods");
    }

    private void endMods() throws XMLStreamException {
        xml.end();
        xml.end();
        xml.end();
        xml.end();
    }

    private void issueDescription() throws XMLStreamException {
        startMods("DMD_ISSUE");
        titleInfo(issue.paper(), null);
        xml.textElement(MODS, "typeOfResource", "text");
        xml.start(MODS, "genre");
        xml.attribute("authority", "marcgt");
        xml.text("newspaper");
        xml.end();
        xml.start(MODS, "originInfo");
        xml.start(MODS, "dateIssued");
        xml.attribute("encoding", "iso8601");
        xml.text(issue.date().toString());
        xml.end();
        xml.end();
        xml.start(MODS, "language");
        xml.start(MODS, "languageTerm");
        xml.attribute("type", "code");
        xml.attribute("authority", "iso639-2b");
        xml.text("chi");
        xml.end();
        xml.end();
        identifier(issue.id());
        endMods();
    }

    private void articleDescription(int s) throws XMLStreamException {
        Story story = stories.get(s);
        startMods(articleDmdId(s));
        Article first = story.first().article();
        titleInfo(label(story), first.subtitle() == null ? null : first.subtitle().text());
        xml.start(MODS, "genre");
        xml.text("article");
        xml.end();
        identifier(story.id());
        endMods();
    }

    private void titleInfo(String title, String subtitle) throws XMLStreamException {
        if (title == null && subtitle == null) {
            return;
        }
        xml.start(MODS, "titleInfo");
        if (title != null) {
            xml.textElement(MODS, "title", title);
        }
        if (subtitle != null) {
            xml.textElement(MODS, "subTitle", subtitle);
        }
        xml.end();
    }

    private void identifier(String id) throws XMLStreamException {
        xml.start(MODS, "identifier");
        xml.attribute("type", "banmian");
        xml.text(id);
        xml.end();
    }

    private void fileSection() throws XMLStreamException {
        xml.start(NAMESPACE, "fileSec");
        fileGroup("ALTO", AltoWriter.MIME_TYPE, "ALTO_", locations::alto);
        fileGroup("JSON", "application/json", "JSON_", locations::json);
        xml.end();
    }

    private void fileGroup(String use, String mimeType, String idPrefix, Function<PageExport, String> location)
            throws XMLStreamException {
        xml.start(NAMESPACE, "fileGrp");
        xml.attribute("USE", use);
        for (PageExport page : pages.values()) {
            xml.start(NAMESPACE, "file");
            xml.attribute("ID", idPrefix + PageBlocks.pageId(page.number()));
            xml.attribute("MIMETYPE", mimeType);
            xml.empty(NAMESPACE, "FLocat");
            xml.attribute("LOCTYPE", "URL");
            xml.attribute(XLINK, "href", location.apply(page));
            xml.end();
        }
        xml.end();
    }

    private void physicalMap() throws XMLStreamException {
        xml.start(NAMESPACE, "structMap");
        xml.attribute("TYPE", "PHYSICAL");
        xml.start(NAMESPACE, "div");
        xml.attribute("ID", "PHYS_ISSUE");
        xml.attribute("TYPE", "ISSUE");
        xml.attribute("LABEL", issueLabel());
        for (PageExport page : pages.values()) {
            xml.start(NAMESPACE, "div");
            xml.attribute("ID", physicalId(page.number()));
            xml.attribute("TYPE", "PAGE");
            xml.attribute("ORDER", String.valueOf(page.number()));
            xml.attribute("ORDERLABEL", String.valueOf(page.number()));
            for (String group : List.of("ALTO_", "JSON_")) {
                xml.empty(NAMESPACE, "fptr");
                xml.attribute("FILEID", group + PageBlocks.pageId(page.number()));
            }
            xml.end();
        }
        xml.end();
        xml.end();
    }

    private void logicalMap() throws XMLStreamException {
        xml.start(NAMESPACE, "structMap");
        xml.attribute("TYPE", "LOGICAL");
        xml.start(NAMESPACE, "div");
        xml.attribute("ID", "LOG_ISSUE");
        xml.attribute("TYPE", "ISSUE");
        xml.attribute("DMDID", "DMD_ISSUE");
        xml.attribute("LABEL", issueLabel());
        for (int s = 0; s < stories.size(); s++) {
            article(s);
        }
        xml.end();
        xml.end();
    }

    private void article(int s) throws XMLStreamException {
        Story story = stories.get(s);
        xml.start(NAMESPACE, "div");
        xml.attribute("ID", articleId(s));
        xml.attribute("TYPE", "ARTICLE");
        xml.attribute("DMDID", articleDmdId(s));
        xml.attribute("LABEL", label(story));
        xml.attribute("ORDER", String.valueOf(s + 1));
        for (Story.Part part : exportedParts(story)) {
            int number = part.page().number();
            List<String> ids = PageBlocks.idsOf(blocks.get(number), part.index());
            if (ids.isEmpty()) {
                continue;
            }
            xml.start(NAMESPACE, "fptr");
            xml.start(NAMESPACE, "seq");
            for (String id : ids) {
                xml.empty(NAMESPACE, "area");
                xml.attribute("FILEID", "ALTO_" + PageBlocks.pageId(number));
                xml.attribute("BEGIN", id);
                xml.attribute("BETYPE", "IDREF");
            }
            xml.end();
            xml.end();
        }
        xml.end();
    }

    /** Each article to every page it stands on. */
    private void links() throws XMLStreamException {
        if (stories.isEmpty()) {
            return;
        }
        xml.start(NAMESPACE, "structLink");
        for (int s = 0; s < stories.size(); s++) {
            for (int number : exportedParts(stories.get(s)).stream().map(part -> part.page().number()).distinct().toList()) {
                xml.empty(NAMESPACE, "smLink");
                xml.attribute(XLINK, "from", articleId(s));
                xml.attribute(XLINK, "to", physicalId(number));
            }
        }
        xml.end();
    }

    /** The story's headline: its first part's, else the first a later part has; null for none. */
    private static String label(Story story) {
        return story.parts().stream().map(part -> part.article().headlineText()).filter(headline -> headline != null && !headline.isBlank())
                .findFirst().orElse(null);
    }

    private static String physicalId(int number) {
        return "PHYS_" + PageBlocks.pageId(number);
    }

    private static String articleId(int s) {
        return "LOG_ART" + (s + 1);
    }

    private static String articleDmdId(int s) {
        return "DMD_ART" + (s + 1);
    }
}
