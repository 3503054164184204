package banmian.model;

import java.util.List;

/**
 * A piece of text with one role. {@code lines} is its provenance: the input line numbers it was
 * built from, in reading order (empty when the block did not come from parsed input, e.g. a gold file).
 */
public record Block(BlockType type, String text, List<Integer> lines) {
    public Block {
        lines = List.copyOf(lines);
    }

    public Block(BlockType type, String text) {
        this(type, text, List.of());
    }
}
