package banmian.layout.assemble;

import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.layout.tag.CaptionTagger;
import banmian.model.Geometry;
import banmian.model.Caption;
import banmian.text.Spacing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Turns caption and credit lines, in input order, into captions with their credit split off. */
public final class CaptionGrouper {

    /**
     * The captions found at pictures as they were found; the other caption and credit lines, in input
     * order, grouped into captions; each with its credit split off.
     */
    public static final Stage STAGE = Stage.of("caption-groups", Set.of(Facts.LINES, Facts.CAPTION_ROLES, Facts.CAPTION_UNITS,
            Facts.FURNITURE_ROLES), Set.of(Facts.CAPTIONS), page -> page.put(Facts.CAPTIONS, group(page.lines(), page.get(Facts.CAPTION_UNITS))));

    private CaptionGrouper() {
    }

    static List<PlacedCaption> group(List<TextLine> all, List<List<TextLine>> units) {
        Set<TextLine> found = new HashSet<>();
        List<PlacedCaption> captions = new ArrayList<>();
        for (List<TextLine> unit : units) {
            List<TextLine> still = unit.stream().filter(CaptionGrouper::isCaption).toList();
            if (!still.isEmpty()) {
                found.addAll(still);
                captions.add(caption(new ArrayList<>(still)));
            }
        }
        captions.addAll(group(all.stream().filter(line -> !found.contains(line)).toList()));
        captions.sort(Comparator.comparingInt(PlacedCaption::position));
        return captions;
    }

    private static boolean isCaption(TextLine line) {
        return line.role() == LineRole.CAPTION || line.role() == LineRole.CREDIT;
    }

    static List<PlacedCaption> group(List<TextLine> all) {
        List<PlacedCaption> captions = new ArrayList<>();
        List<TextLine> unit = new ArrayList<>();
        for (TextLine line : all) {
            if (isCaption(line)) {
                if (!unit.isEmpty() && !stackedUnder(unit.get(unit.size() - 1), line)) {
                    captions.add(caption(unit));
                }
                unit.add(line);
                if (line.role() == LineRole.CREDIT || CaptionTagger.creditAtEnd(CaptionTagger.joined(unit)) != null) {
                    captions.add(caption(unit));
                }
            } else if (!unit.isEmpty() && line.role() != LineRole.FURNITURE) {
                captions.add(caption(unit));
            }
        }
        if (!unit.isEmpty()) {
            captions.add(caption(unit));
        }
        return captions;
    }

    /**
     * Where geometry is known, the next line of a caption follows right under the last one, within a
     * line's height and over its width (a caption under another photo, or beside it, is another caption);
     * without geometry the extractor's order is all there is.
     */
    private static boolean stackedUnder(TextLine last, TextLine next) {
        Geometry a = last.geometry;
        Geometry b = next.geometry;
        if (a == null || b == null) {
            return true;
        }
        double gap = b.y() - a.bottom();
        return gap > -a.height() / 2 && gap <= a.height() && b.horizontalOverlap(a) > -a.fontSize();
    }

    /** A credit without the brackets it may be set in ({@code （新华社发）}), as bylines are stored. */
    private static String unbracketed(String credit) {
        String text = credit.strip();
        int close = Math.max(text.indexOf('）'), text.indexOf(')'));
        boolean bracketed = !text.isEmpty() && (text.charAt(0) == '（' || text.charAt(0) == '(') && close == text.length() - 1
                && text.indexOf('）') + text.indexOf(')') == close - 1;
        return bracketed ? text.substring(1, close).strip() : text;
    }

    /**
     * The unit's lines as one caption, its credit split off where one closes the text (also when it was
     * broken over two lines, or stands on a line of its own); the unit is emptied.
     */
    private static PlacedCaption caption(List<TextLine> unit) {
        String text = CaptionTagger.joined(unit);
        Matcher credit = CaptionTagger.creditAtEnd(text);
        List<Integer> sources = new ArrayList<>();
        unit.forEach(line -> sources.addAll(line.sources));
        String body;
        String creditText;
        TextLine last = unit.get(unit.size() - 1);
        if (credit != null) {
            body = text.substring(0, credit.start());
            creditText = Spacing.credit(unbracketed(credit.group(1)));
        } else if (last.role() == LineRole.CREDIT) {
            body = CaptionTagger.joined(unit.subList(0, unit.size() - 1));
            creditText = Spacing.credit(last.raw);
        } else {
            body = text;
            creditText = null;
        }
        String cleaned = Spacing.body(body);
        PlacedCaption caption = new PlacedCaption(new Caption(cleaned.isEmpty() ? null : cleaned, creditText, sources), unit.get(0).position);
        unit.clear();
        return caption;
    }
}
