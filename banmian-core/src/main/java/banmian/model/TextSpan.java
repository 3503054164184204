package banmian.model;

/**
 * Where a piece of text sits in an article: the field it is in ({@code body}, {@code caption},
 * {@code credit}, {@code headline}, …), the index of the block in that list (0 for single-valued
 * fields), and UTF-16 offsets {@code [start, end)} into that block's text.
 */
public record TextSpan(String field, int block, int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
