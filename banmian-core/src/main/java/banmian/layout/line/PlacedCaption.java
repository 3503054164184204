package banmian.layout.line;

import banmian.model.Caption;

/** A caption and where it sat in the input, which places it when nothing lexical does. */
public record PlacedCaption(Caption caption, int position) {
}
