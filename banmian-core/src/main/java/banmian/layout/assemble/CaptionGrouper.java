package banmian.layout.assemble;

import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PlacedCaption;
import banmian.layout.line.Stage;
import banmian.layout.line.TextLine;
import banmian.layout.tag.CaptionTagger;
import banmian.model.Caption;
import banmian.text.Spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Turns caption and credit lines, in input order, into captions with their credit split off. */
public final class CaptionGrouper {

    /** Caption and credit lines, in input order, grouped into captions with their credits split off. */
    public static final Stage STAGE = Stage.of("caption-groups", Set.of(Facts.LINES, Facts.CAPTION_ROLES, Facts.FURNITURE_ROLES),
            Set.of(Facts.CAPTIONS), page -> page.put(Facts.CAPTIONS, group(page.lines())));

    private CaptionGrouper() {
    }

    static List<PlacedCaption> group(List<TextLine> all) {
        List<PlacedCaption> captions = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> sources = new ArrayList<>();
        int position = -1;
        for (TextLine line : all) {
            if (line.role() == LineRole.CAPTION) {
                if (position < 0) {
                    position = line.position;
                }
                sources.addAll(line.sources);
                Matcher credit = CaptionTagger.trailingCredit(line.raw.strip());
                if (credit != null) {
                    text.append(line.raw.strip(), 0, credit.start());
                    captions.add(placed(text, Spacing.credit(credit.group(1)), sources, position));
                    position = -1;
                } else {
                    text.append(line.raw.strip());
                }
            } else if (line.role() == LineRole.CREDIT) {
                sources.addAll(line.sources);
                captions.add(placed(text, Spacing.credit(line.raw), sources, position < 0 ? line.position : position));
                position = -1;
            } else if (position >= 0 && line.role() != LineRole.FURNITURE) {
                captions.add(placed(text, null, sources, position));
                position = -1;
            }
        }
        if (position >= 0) {
            captions.add(placed(text, null, sources, position));
        }
        return captions;
    }

    private static PlacedCaption placed(StringBuilder text, String credit, List<Integer> sources, int position) {
        String body = Spacing.body(text.toString());
        PlacedCaption caption = new PlacedCaption(new Caption(body.isEmpty() ? null : body, credit, sources), position);
        text.setLength(0);
        sources.clear();
        return caption;
    }
}
