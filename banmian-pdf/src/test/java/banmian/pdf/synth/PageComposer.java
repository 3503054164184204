package banmian.pdf.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The page grid (columns, gutters with or without rules, type sizes and faces) and the setting of one
 * article into a rectangle of it: label, title block or vertical headline, byline, photos with captions,
 * and the body flowed through the columns, balanced, cut where the space ends (at a paragraph's end, or
 * anywhere with a jump line 下转). Records what it printed as the truth.
 */
final class PageComposer {
    /** How one article is set. */
    static final class Setting {
        float headlineSize;
        boolean centred;
        boolean boxed;
        boolean tinted;
        boolean verticalHeadline;
        /** The page a cut article continues on; null: cut at a paragraph's end. */
        Integer jumpTo;
        /** The page an article continued from prints at the head of its text (上接). */
        boolean bylineLine;
    }

    private record Entry(int block, String text, float indent, float spacing, int slots, boolean heading, boolean note, boolean jump) {
    }

    final Canvas canvas;
    final Random random;
    final List<Story> stories = new ArrayList<>();
    final ArrayNode unassigned;
    final float left;
    final float right;
    final float top;
    final float bottom;
    final int columns;
    final float gutter;
    final boolean gutterRules;
    final float bodySize;
    final float leading;
    final SynthFonts.Face bodyFace;
    /** The page's headline faces: papers set headlines in more than one face (黑体 over one story, 宋体 over the next). */
    final List<SynthFonts.Face> headFaces;
    /** The headline face of the story being set. */
    SynthFonts.Face headFace;
    final SynthFonts.Face captionFace;
    final float columnWidth;

    PageComposer(Canvas canvas, Random random, ArrayNode unassigned, float margin, int columns, float bodySize,
                 float gutterEms, boolean gutterRules, List<SynthFonts.Face> faces) {
        this.canvas = canvas;
        this.random = random;
        this.unassigned = unassigned;
        this.left = margin;
        this.right = canvas.width - margin;
        this.top = margin;
        this.bottom = canvas.height - margin;
        this.columns = columns;
        this.bodySize = bodySize;
        this.leading = bodySize * (1.35f + random.nextInt(3) * 0.1f);
        this.gutter = bodySize * gutterEms;
        this.gutterRules = gutterRules;
        this.bodyFace = faces.get(random.nextInt(faces.size()));
        this.headFaces = List.of(faces.get(random.nextInt(faces.size())), faces.get(random.nextInt(faces.size())));
        this.headFace = headFaces.get(0);
        this.captionFace = faces.get(random.nextInt(faces.size()));
        this.columnWidth = (right - left - (columns - 1) * gutter) / columns;
    }

    float columnX(int column) {
        return left + column * (columnWidth + gutter);
    }

    float spanWidth(int span) {
        return span * columnWidth + (span - 1) * gutter;
    }

    /** Page furniture (masthead, running head, date): printed, and listed as unassigned. */
    void furniture(String type, String text, float x, float baseline, float size, boolean bold) {
        canvas.text(headFace, text, x, baseline, size, 0, bold);
        unassigned.addObject().put("type", type).put("text", text);
    }

    /** Whether every face of the page has a glyph for all of {@code text}. */
    boolean covers(String text) {
        return bodyFace.covers(text) && headFaces.stream().allMatch(face -> face.covers(text)) && captionFace.covers(text);
    }

    /**
     * Sets {@code story} in columns {@code column}…{@code column + span - 1} from {@code y}, above
     * {@code limit}; returns the bottom of what was set, or {@code y} when nothing of its body fits.
     */
    float set(Story story, int column, int span, float y, float limit, Setting setting) {
        headFace = headFaces.get(random.nextInt(headFaces.size()));
        float x = columnX(column);
        float width = spanWidth(span);
        float pad = setting.boxed ? bodySize * 0.9f : 0;
        float titleHeight = setting.verticalHeadline ? 0 : setting.headlineSize * 1.4f * 2 + bodySize * 3;
        if (y + pad * 2 + titleHeight + leading * 4 > limit) {
            return y;
        }
        float start = y;
        int mark = canvas.mark();
        int listed = unassigned.size();
        x += pad;
        width -= 2 * pad;
        y += pad;
        limit -= pad;
        if (setting.tinted) {
            canvas.fill(x - pad, start, width + 2 * pad, limit + pad - start, 0.93f);
        }
        if (story.label != null) {
            float size = bodySize * 1.2f;
            canvas.text(headFace, story.label, x + size * 0.4f, y + size * 1.05f, size, 0, true);
            canvas.frame(x, y, Typesetter.width(headFace, story.label, size) + size * 0.8f, size * 1.5f);
            unassigned.addObject().put("type", "column").put("text", story.label);
            y += size * 2f;
        }
        float bodyX = x;
        float bodyWidth = width;
        // A vertical headline runs down beside the body: the article is at least as tall as it is.
        float headlineBottom = y + bodySize + story.headline.length() * setting.headlineSize;
        boolean vertical = setting.verticalHeadline && headlineBottom <= limit;
        if (vertical) {
            float size = setting.headlineSize;
            canvas.vertical(headFace, story.headline, x, y + bodySize, size, true);
            bodyX = x + size * 1.8f;
            bodyWidth = width - size * 1.8f;
        } else {
            y = titleBlock(story, x, width, y, setting);
        }
        if (story.byline != null && !story.bylineInText) {
            String line = story.byline.replace(' ', '\u3000');
            float w = Typesetter.width(bodyFace, line, bodySize);
            canvas.text(bodyFace, line, setting.centred ? bodyX + (bodyWidth - w) / 2 : bodyX, y + bodySize, bodySize, 0, true);
            y += leading * 1.6f;
        }
        float bodyTop = y + bodySize * 0.3f;
        float columnGap = gutter;
        int bodyColumns = vertical ? Math.max(1, Math.round((bodyWidth + columnGap) / (columnWidth + columnGap))) : span;
        float measure = (bodyWidth - (bodyColumns - 1) * columnGap) / bodyColumns;
        float[] tops = new float[bodyColumns];
        java.util.Arrays.fill(tops, bodyTop);
        photos(story, bodyX, measure, columnGap, tops, limit);
        List<Entry> entries = entries(story, measure);
        int placed = place(entries, tops, measure, limit, null, null);
        List<Entry> kept;
        if (placed >= entries.size()) {
            kept = entries;
        } else {
            kept = cut(entries, placed, story, setting);
        }
        if (kept.stream().noneMatch(e -> !e.heading() && !e.jump())) {
            // Nothing of the body fits: the label, title block and photos drawn for it are taken back,
            // or the page would print an article its truth does not hold (and the next band over it).
            canvas.rollBack(mark);
            while (unassigned.size() > listed) {
                unassigned.remove(unassigned.size() - 1);
            }
            return start;
        }
        float[] ends = new float[bodyColumns];
        float balanced = balancedBottom(kept, tops, measure, limit);
        float[] xs = new float[bodyColumns];
        for (int c = 0; c < bodyColumns; c++) {
            xs[c] = bodyX + c * (measure + columnGap);
        }
        place(kept, tops, measure, balanced, xs, ends);
        float end = bodyTop;
        for (float e : ends) {
            end = Math.max(end, e);
        }
        if (gutterRules) {
            for (int c = 1; c < bodyColumns; c++) {
                float gx = xs[c] - columnGap / 2;
                canvas.rule(gx, bodyTop, gx, end - leading + bodySize, 0.4f);
            }
        }
        if (vertical) {
            end = Math.max(end, headlineBottom + leading - bodySize);
        }
        record(story, kept, kept == entries);
        stories.add(story);
        end += pad;
        if (setting.boxed) {
            canvas.frame(x - pad, start, width + 2 * pad, end - start);
        }
        return end;
    }

    private float titleBlock(Story story, float x, float width, float y, Setting setting) {
        if (story.kicker != null && !story.kicker.isEmpty()) {
            y = ragged(story.kicker, x, width, y, bodySize * 1.25f, false, setting.centred);
        }
        y = ragged(story.headline, x, width, y + setting.headlineSize * 0.2f, setting.headlineSize, true, setting.centred);
        if (story.subtitle != null && !story.subtitle.isEmpty()) {
            y = ragged("——" + story.subtitle, x, width, y, bodySize * 1.3f, false, setting.centred);
        }
        return y + bodySize * 0.6f;
    }

    /** Display lines, ragged, each centred or flush left; returns the bottom. */
    float ragged(String text, float x, float width, float y, float size, boolean bold, boolean centred) {
        for (Typesetter.SetLine line : Typesetter.paragraph(headFace, text, size, width, 0, true)) {
            float w = Typesetter.width(headFace, line.text(), size) + line.spacing() * (line.text().length() - 1);
            canvas.text(headFace, line.text(), centred ? x + (width - w) / 2 : x, y + size, size, line.spacing(), bold);
            y += size * 1.3f;
        }
        return y;
    }

    /** The story's photos over its first columns, each with its caption and credit under it; moves the columns' tops down. */
    private void photos(Story story, float x, float measure, float gap, float[] tops, float limit) {
        int count = story.captions.size();
        if (count == 0) {
            return;
        }
        int per = count == 1 ? Math.max(1, (tops.length * 2 + 2) / 3) : Math.max(1, tops.length / Math.min(count, tops.length));
        int perRow = Math.max(1, tops.length / per);
        float captionSize = bodySize * 0.85f;
        List<Story.Caption> printed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int c0 = (i % perRow) * per;
            float top = tops[c0];
            for (int c = c0; c < c0 + per; c++) {
                top = Math.max(top, tops[c]);
            }
            float w = per * measure + (per - 1) * gap;
            float h = w * (0.55f + random.nextFloat() * 0.2f);
            float px = x + c0 * (measure + gap);
            long seed = random.nextLong();
            Story.Caption caption = story.captions.get(i);
            List<Typesetter.SetLine> lines = Typesetter.paragraph(captionFace,
                    caption.text() + "\u3000" + caption.credit().replace(' ', '\u3000'), captionSize, w, 0, true);
            if (top + h + captionSize * (0.6f + 1.35f * lines.size()) > limit) {
                // A photo that does not fit above the foot of the space is not printed, nor is its caption.
                continue;
            }
            canvas.photo(px, top, w, h, seed);
            float y = top + h + captionSize * 0.6f;
            for (Typesetter.SetLine line : lines) {
                canvas.text(captionFace, line.text(), px, y + captionSize, captionSize, line.spacing(), false);
                y += captionSize * 1.35f;
            }
            printed.add(caption);
            for (int c = c0; c < c0 + per; c++) {
                tops[c] = y + bodySize;
            }
        }
        story.captions.retainAll(printed);
    }

    private List<Entry> entries(Story story, float measure) {
        List<Entry> entries = new ArrayList<>();
        if (story.continuedFrom != null) {
            // A story continued from another page opens with its jump line, as 人民日报 sets （上接第一版）.
            entries.add(jumpLine("（上接" + story.continuedFrom + "版）"));
        }
        boolean first = true;
        for (int b = 0; b < story.blocks.size(); b++) {
            Story.Block block = story.blocks.get(b);
            if (block.heading()) {
                // A heading stands a blank line below the text before it; a wrapped heading's lines follow one leading apart.
                int slots = 2;
                for (Typesetter.SetLine line : Typesetter.paragraph(bodyFace, block.text(), bodySize * 1.1f, measure, 0, true)) {
                    float w = Typesetter.width(bodyFace, line.text(), bodySize * 1.1f);
                    entries.add(new Entry(b, line.text(), Math.max(0, (measure - w) / 2), line.spacing(), slots, true, false, false));
                    slots = 1;
                }
                continue;
            }
            String text = first ? story.leadIn() + block.text() : block.text();
            first = false;
            for (Typesetter.SetLine line : Typesetter.paragraph(bodyFace, text, bodySize, measure, 2, false)) {
                entries.add(new Entry(b, line.text(), line.indent(), line.spacing(), 1, false, false, false));
            }
        }
        if (story.authorNote != null) {
            for (Typesetter.SetLine line : Typesetter.paragraph(bodyFace, story.authorNote, bodySize, measure, 2, true)) {
                entries.add(new Entry(-1, line.text(), line.indent(), line.spacing(), 1, false, true, false));
            }
        }
        return entries;
    }

    /** A jump line (上接, 下转): a line of its own in body type, printed but no part of the article's text. */
    private static Entry jumpLine(String text) {
        return new Entry(-2, text, 0, 0, 1, false, false, true);
    }

    /** The entries kept when not all fit: up to a paragraph's end, or as many as fit and a jump line. */
    private List<Entry> cut(List<Entry> entries, int placed, Story story, Setting setting) {
        int boundary = placed;
        while (boundary > 0 && (entries.get(boundary - 1).heading()
                || boundary < entries.size() && entries.get(boundary).block() == entries.get(boundary - 1).block())) {
            boundary--;
        }
        boolean paragraphPrinted = entries.subList(0, boundary).stream().anyMatch(e -> !e.heading() && !e.note());
        if (setting.jumpTo == null && paragraphPrinted) {
            return new ArrayList<>(entries.subList(0, boundary));
        }
        int jumpTo = setting.jumpTo != null ? setting.jumpTo : 2 + random.nextInt(18);
        int keep = Math.max(0, placed - 1);
        while (keep > 0 && (entries.get(keep - 1).heading() || entries.get(keep - 1).note())) {
            keep--;
        }
        List<Entry> kept = new ArrayList<>(entries.subList(0, keep));
        kept.add(jumpLine("（下转" + jumpTo + "版）"));
        story.continuedTo = jumpTo;
        return kept;
    }

    /** The lowest bottom (in whole leadings from the highest column top) at which all entries fit. */
    private float balancedBottom(List<Entry> entries, float[] tops, float measure, float limit) {
        float highest = Float.MAX_VALUE;
        for (float t : tops) {
            highest = Math.min(highest, t);
        }
        for (float b = highest + leading; b < limit; b += leading) {
            if (place(entries, tops, measure, b, null, null) >= entries.size()) {
                return b + 0.01f;
            }
        }
        return limit;
    }

    /**
     * Places entries column by column above {@code limit}; draws them when {@code xs} is given. Returns
     * how many were placed.
     */
    private int place(List<Entry> entries, float[] tops, float measure, float limit, float[] xs, float[] ends) {
        int at = 0;
        for (int c = 0; c < tops.length && at < entries.size(); c++) {
            float y = tops[c];
            while (at < entries.size()) {
                Entry entry = entries.get(at);
                float needed = entry.slots() * leading;
                if (y + needed > limit + 0.01f) {
                    break;
                }
                if (xs != null) {
                    float baseline = y + (entry.slots() - 1) * leading + bodySize;
                    float size = entry.heading() ? bodySize * 1.1f : bodySize;
                    float x = xs[c] + entry.indent();
                    if (entry.jump()) {
                        x = xs[c] + measure - Typesetter.width(bodyFace, entry.text(), bodySize);
                    }
                    canvas.text(bodyFace, entry.text(), x, baseline, size, entry.spacing(), entry.heading());
                }
                y += needed;
                at++;
            }
            if (ends != null) {
                ends[c] = y;
            }
        }
        return at;
    }

    private static void record(Story story, List<Entry> kept, boolean whole) {
        Map<Integer, StringBuilder> texts = new LinkedHashMap<>();
        boolean note = false;
        for (Entry entry : kept) {
            if (entry.note()) {
                note = true;
            } else if (!entry.jump()) {
                texts.computeIfAbsent(entry.block(), b -> new StringBuilder()).append(entry.text());
            }
        }
        story.printed.clear();
        boolean first = true;
        for (Map.Entry<Integer, StringBuilder> text : texts.entrySet()) {
            Story.Block block = story.blocks.get(text.getKey());
            String printed = text.getValue().toString();
            if (!block.heading() && first) {
                printed = printed.substring(Math.min(printed.length(), story.leadIn().length()));
                first = false;
            }
            if (!printed.isEmpty()) {
                story.printed.add(new Story.Block(block.heading(), printed));
            }
        }
        story.notePrinted = note && whole;
    }
}
