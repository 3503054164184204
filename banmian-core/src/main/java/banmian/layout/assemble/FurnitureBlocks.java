package banmian.layout.assemble;

import banmian.layout.line.LineRole;
import banmian.layout.line.TextLine;
import banmian.layout.tag.PageReferences;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.text.Spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page's furniture as unassigned blocks, so that nothing printed is silently dropped: every
 * running-head, masthead and column-label line a block of its own; an index box one block per item
 * (an item may wrap, and ends at its page reference); an advertisement one block of all its lines.
 */
final class FurnitureBlocks {
    /** Furniture keeps the words of its line apart as printed, by one space for any gap. */
    private static final Pattern SPACES = Pattern.compile("\\s++");

    private FurnitureBlocks() {
    }

    static List<Block> of(List<TextLine> lines) {
        List<Block> blocks = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.role() != LineRole.FURNITURE) {
                close(run, blocks);
                continue;
            }
            if (!run.isEmpty() && !continues(run, line)) {
                close(run, blocks);
            }
            run.add(line);
        }
        close(run, blocks);
        return blocks;
    }

    /** Whether {@code line} belongs to the block {@code run} has begun. */
    private static boolean continues(List<TextLine> run, TextLine line) {
        TextLine last = run.get(run.size() - 1);
        if (last.furnitureKind() != line.furnitureKind()) {
            return false;
        }
        return switch (line.furnitureKind()) {
            case ADVERTISEMENT -> true;
            case INDEX -> last.box == line.box && !PageReferences.endsWithOne(last.squashed);
            default -> false;
        };
    }

    private static void close(List<TextLine> run, List<Block> blocks) {
        if (run.isEmpty()) {
            return;
        }
        BlockType kind = run.get(0).furnitureKind();
        StringBuilder text = new StringBuilder();
        List<Integer> sources = new ArrayList<>();
        for (TextLine line : run) {
            if (kind == BlockType.ADVERTISEMENT && !text.isEmpty()) {
                text.append(' ');
            }
            text.append(kind == BlockType.INDEX ? line.raw.strip() : SPACES.matcher(line.raw.strip()).replaceAll(" "));
            sources.addAll(line.sources);
        }
        blocks.add(new Block(kind, kind == BlockType.INDEX ? Spacing.body(text.toString()) : text.toString(), sources));
        run.clear();
    }
}
