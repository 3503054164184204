package banmian.layout.segment;

import banmian.layout.line.LineRole;
import banmian.layout.line.LineShape;
import banmian.layout.line.TextLine;
import banmian.layout.line.TitleGroup;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.text.Punctuation;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins an article's lines into paragraphs and headings. A paragraph ends where a line ends a
 * sentence short of the column edge, or ends a sentence and the next line is indented (or comes
 * from elsewhere on the page); lines are joined without spaces except between Latin words.
 */
public final class ParagraphBuilder {

    public List<Block> build(List<TextLine> lines, List<Boolean> chainStarts) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> sources = new ArrayList<>();
        TextLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.body.isEmpty()) {
                continue;
            }
            if (previous != null && breaksBefore(previous, line, chainStarts.get(i))) {
                flush(blocks, previous, text, sources);
            }
            appendJoined(text, line.body);
            sources.addAll(line.sources);
            previous = line;
        }
        if (previous != null) {
            flush(blocks, previous, text, sources);
        }
        return blocks;
    }

    static boolean breaksBefore(TextLine previous, TextLine line, boolean startsChain) {
        if (previous.role() == LineRole.HEADING || line.role() == LineRole.HEADING) {
            return previous.role() != line.role() || previous.box != line.box && !continuesHeading(previous, line);
        }
        if (!Punctuation.endsSentence(previous.raw)) {
            return false;
        }
        return !previous.isFull() || startsChain || line.isIndentShort() || LineShape.startsParagraphForSure(line);
    }

    /**
     * A heading set over several lines breaks mid-phrase; one that reads complete stands alone. Where
     * type is known, the next line in the same type goes on with it, unless the wording parts them: a
     * dash opens a sub-heading ({@code ——一鼓作气……}) or closes a heading that leads into the next
     * ({@code 把握新方位——}), and a question or exclamation ends one.
     */
    private static boolean continuesHeading(TextLine previous, TextLine line) {
        if (previous.geometry != null && line.geometry != null) {
            String before = previous.raw.strip();
            boolean partedByWording = line.isDashLed() || before.endsWith("—") || Punctuation.endsSentence(before);
            return !partedByWording && previous.geometry.bold() == line.geometry.bold()
                    && TitleGroup.sameSize(previous.geometry.fontSize(), line.geometry.fontSize());
        }
        return previous.isFull() || previous.letterSpaced;
    }

    private static void flush(List<Block> blocks, TextLine last, StringBuilder text, List<Integer> sources) {
        if (text.length() > 0) {
            BlockType type = last.role() == LineRole.HEADING ? BlockType.HEADING : BlockType.PARAGRAPH;
            blocks.add(new Block(type, text.toString(), sources));
        }
        text.setLength(0);
        sources.clear();
    }

    /** Latin words broken at a line end get their space back; CJK text never does. */
    static void appendJoined(StringBuilder text, String next) {
        if (text.length() > 0 && !next.isEmpty() && Character.isLetter(text.charAt(text.length() - 1))
                && text.charAt(text.length() - 1) < 0x2E80 && Character.isLetter(next.charAt(0)) && next.charAt(0) < 0x2E80) {
            text.append(' ');
        }
        text.append(next);
    }
}
