package banmian.pdf.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a measure and justifies them, as CJK papers set it: any character may
 * end a line except an opening mark, none may start one with a closing mark (it is drawn back onto the
 * line before, squeezing it), a run of Latin letters or digits is not split, and every line but a
 * paragraph's last is spread to the full measure by character spacing (no kerning).
 */
final class Typesetter {
    /** A set line: text, its left offset in the measure, and the character spacing that justifies it. */
    record SetLine(String text, float indent, float spacing) {
    }

    private static final String NO_START = "，。、；：？！”’）》」』】…—%·";
    private static final String NO_END = "“‘（《「『【";

    private Typesetter() {
    }

    /** The natural width of {@code text} in {@code face} at {@code size}. */
    static float width(SynthFonts.Face face, String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += face.advance(c) * size;
            i += Character.charCount(c);
        }
        return width;
    }

    /** A paragraph set to {@code measure}, its first line indented {@code indentEms} characters; justified unless {@code ragged}. */
    static List<SetLine> paragraph(SynthFonts.Face face, String text, float size, float measure, int indentEms, boolean ragged) {
        List<String> units = units(text);
        List<SetLine> lines = new ArrayList<>();
        int at = 0;
        boolean first = true;
        while (at < units.size()) {
            float indent = first ? indentEms * size : 0;
            float room = measure - indent;
            StringBuilder line = new StringBuilder();
            float width = 0;
            int end = at;
            while (end < units.size()) {
                float w = width(face, units.get(end), size);
                if (width + w > room + 0.01f && end > at) {
                    break;
                }
                line.append(units.get(end));
                width += w;
                end++;
            }
            // Kinsoku: a closing mark joins the line before; an opening mark goes to the next line.
            while (end < units.size() && NO_START.contains(units.get(end).substring(0, 1)) && end - at > 1) {
                line.append(units.get(end));
                width += width(face, units.get(end), size);
                end++;
            }
            while (end < units.size() && end - at > 2 && NO_END.contains(last(line))) {
                end--;
                String unit = units.get(end);
                line.setLength(line.length() - unit.length());
                width -= width(face, unit, size);
            }
            String set = line.toString();
            int glyphs = set.codePointCount(0, set.length());
            boolean last = end >= units.size();
            float spacing = last && (ragged || width <= room) || glyphs < 2 ? 0 : (room - width) / (glyphs - 1);
            if (ragged && !last && width <= room) {
                spacing = 0;
            }
            lines.add(new SetLine(set, indent, spacing));
            at = end;
            first = false;
        }
        return lines;
    }

    private static String last(StringBuilder line) {
        return line.isEmpty() ? "" : line.substring(line.length() - 1);
    }

    /** Characters, with runs of Latin letters and digits (and the punctuation inside them) kept whole. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int j = i + Character.charCount(c);
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                while (j < text.length() && text.charAt(j) < 0x80 && text.charAt(j) != ' '
                        && (Character.isLetterOrDigit(text.charAt(j)) || ".,:/-%".indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
            }
            units.add(text.substring(i, j));
            i = j;
        }
        return units;
    }
}
