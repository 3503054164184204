package banmian.layout;

import banmian.layout.line.DecisionLog;
import banmian.layout.line.Dialect;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.Block;
import banmian.model.Caption;
import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds small pages in the shape pdfminer prints them (each text box's lines, then a blank line)
 * and runs them through the first stages of the text path the way {@link PageParser#parse} does.
 * All text here is invented for the tests.
 */
public final class LayoutFixtures {
    private LayoutFixtures() {
    }

    /** One text box: its lines, then the blank line that closes it. */
    public static String box(String... lines) {
        return String.join("\n", lines) + "\n\n";
    }

    /** A page made of boxes (already closed by {@link #box}). */
    public static String page(String... boxes) {
        return String.join("", boxes);
    }

    public static List<SourceLine> input(String text) {
        return PageParser.lines(text);
    }

    /** Preparation, jump markers and furniture: the text path's stages up to {@code furniture}. */
    public static List<TextLine> throughFurniture(String text) {
        return upTo("furniture", text).lines();
    }

    /** Up to and including the caption and author taggers. */
    public static List<TextLine> throughAuthors(String text) {
        return upTo("authors", text).lines();
    }

    /** Every line-classifying stage, through column widths and titles. */
    public static List<TextLine> throughTitles(String text) {
        return upTo("titles", text).lines();
    }

    /** The text path's stages up to and including the one named {@code stage}, run on {@code text}. */
    public static PageAnalysis upTo(String stage, String text) {
        return upTo(stage, text, null);
    }

    /** As {@link #upTo(String, String)}, the text taken to be in {@code dialect} (null: detected). */
    public static PageAnalysis upTo(String stage, String text, Dialect dialect) {
        return new PageAnalysis(input(text), PageMeta.UNKNOWN, PageGraphics.NONE, dialect, DecisionLog.off())
                .run(Pipelines.upTo(Pipelines.TEXT, stage));
    }

    /** Gives a line built by a test its role, as a stage would. */
    public static void give(TextLine line, LineRole role) {
        PageAnalysis.ofLines(List.of(line), DecisionLog.off()).assign(line, role, "given by the test");
    }

    public static Page parse(String text) {
        return new PageParser().parse(input(text), PageMeta.UNKNOWN);
    }

    /** The one prepared line whose text (spaces removed) contains {@code fragment}. */
    public static TextLine line(List<TextLine> lines, String fragment) {
        List<TextLine> found = lines.stream().filter(l -> l.squashed.contains(fragment)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one line containing " + fragment + ", found " + found + "\n" + dump(lines));
        }
        return found.get(0);
    }

    public static LineRole role(List<TextLine> lines, String fragment) {
        return line(lines, fragment).role();
    }

    public static String dump(List<TextLine> lines) {
        return lines.stream().map(TextLine::toString).collect(Collectors.joining("\n"));
    }

    public static String dump(Page page) {
        StringBuilder out = new StringBuilder();
        for (Article a : page.articles()) {
            out.append("ARTICLE kicker=").append(a.kicker()).append(" headline=").append(a.headline())
                    .append(" subtitle=").append(a.subtitle()).append(" dateline=").append(a.dateline())
                    .append(" byline=").append(a.byline()).append(" note=").append(a.authorNote())
                    .append(" to=").append(a.continuedTo()).append(" from=").append(a.continuedFrom()).append('\n');
            a.body().forEach(b -> out.append("  ").append(b).append('\n'));
            a.captions().forEach(c -> out.append("  ").append(c).append('\n'));
        }
        out.append("UNASSIGNED ").append(page.unassigned());
        return out.toString();
    }

    /** The article whose body contains {@code fragment} (exactly one must). */
    public static Article articleWith(Page page, String fragment) {
        List<Article> found = page.articles().stream().filter(a -> a.bodyText().contains(fragment)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one article containing " + fragment + "\n" + dump(page));
        }
        return found.get(0);
    }

    /** Every input line number the page's blocks, captions and unassigned elements other than furniture were built from. */
    public static Set<Integer> provenance(Page page) {
        Set<Integer> lines = new TreeSet<>();
        for (Article a : page.articles()) {
            for (Block block : new Block[] {a.kicker(), a.headline(), a.subtitle(), a.dateline(), a.byline(), a.authorNote()}) {
                if (block != null) {
                    lines.addAll(block.lines());
                }
            }
            a.body().forEach(b -> lines.addAll(b.lines()));
            for (Caption caption : a.captions()) {
                lines.addAll(caption.lines());
            }
        }
        unplaced(page).forEach(b -> lines.addAll(b.lines()));
        return lines;
    }

    /** What the page lists unassigned that is not furniture: text it could place in no article. */
    public static List<Block> unplaced(Page page) {
        return page.unassigned().stream().filter(block -> !block.type().isFurniture()).toList();
    }

    /** The input lines the page lists as furniture (running heads, mastheads, labels, index boxes, advertisements). */
    public static Set<Integer> furnitureProvenance(Page page) {
        Set<Integer> lines = new TreeSet<>();
        page.unassigned().stream().filter(block -> block.type().isFurniture()).forEach(block -> lines.addAll(block.lines()));
        return lines;
    }

    /** The numbers of the input lines that are neither blank nor page furniture. */
    public static Set<Integer> contentLines(String text) {
        Set<Integer> furniture = new TreeSet<>();
        for (TextLine line : throughFurniture(text)) {
            if (line.role() == LineRole.FURNITURE) {
                furniture.addAll(line.sources);
            }
        }
        Set<Integer> content = new TreeSet<>();
        for (SourceLine line : input(text)) {
            if (!line.isBlank() && !furniture.contains(line.number())) {
                content.add(line.number());
            }
        }
        return content;
    }

    public static List<String> texts(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        blocks.forEach(b -> texts.add(b.text()));
        return texts;
    }
}
