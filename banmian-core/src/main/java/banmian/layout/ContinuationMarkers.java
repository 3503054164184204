package banmian.layout;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds jump lines ({@code （下转2版）}, {@code （上接第1版）}), records the page they point to on the
 * line and cuts them out of its text; a line that held nothing else becomes a marker.
 */
final class ContinuationMarkers {
    private static final Pattern JUMP = Pattern.compile(
            "[（(]\\s*(下转|转|上接|接)\\s*第?\\s*(\\d{1,3})\\s*版\\s*[）)]");

    List<TextLine> tag(List<TextLine> lines) {
        List<TextLine> out = new java.util.ArrayList<>(lines.size());
        for (TextLine line : lines) {
            if (line.raw.indexOf('版') < 0) {
                out.add(line);
                continue;
            }
            Matcher jump = JUMP.matcher(line.raw);
            if (!jump.find()) {
                out.add(line);
                continue;
            }
            Integer to = null;
            Integer from = null;
            StringBuilder rest = new StringBuilder();
            int last = 0;
            do {
                int page = Integer.parseInt(jump.group(2));
                if (jump.group(1).contains("转")) {
                    to = page;
                } else {
                    from = page;
                }
                rest.append(line.raw, last, jump.start());
                last = jump.end();
            } while (jump.find());
            rest.append(line.raw.substring(last));
            TextLine cut = new TextLine(line.position, line.box, line.sources, rest.toString().stripTrailing(), line.vertical);
            cut.role = rest.toString().isBlank() ? LineRole.MARKER : line.role;
            cut.continuedTo = to;
            cut.continuedFrom = from;
            out.add(cut);
        }
        return out;
    }
}
