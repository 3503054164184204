package banmian.layout;

import banmian.layout.line.DecisionLog;
import banmian.layout.line.PageAnalysis;
import banmian.model.Geometry;
import banmian.model.Page;
import banmian.model.PageGraphics;
import banmian.model.PageMeta;
import banmian.model.SourceLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds pages whose lines carry geometry, the way the PDF path hands them to {@link PageParser}:
 * blocks in reading order, a blank line between blocks. Coordinates are points from the top-left;
 * a Han character is one em wide. All text here is invented for the tests.
 */
public final class PlacedPage {
    /** Three articles' body text, each about something else. */
    public static final String FIELDS = "春耕时节，记者走进县里的几个村子，看到农民们正在田间忙碌，翻地、施肥、播种，一派繁忙景象。"
            + "今年县里推广新的种植技术，农业技术人员深入田间地头，手把手教农民科学种田。";
    public static final String WATER = "入冬以来，市里组织力量对全市的供水管网进行全面排查，更换老旧管道，确保居民冬季用水安全。"
            + "排查中发现的问题已经全部登记，正在逐项整改，预计本月底前完成。";
    public static final String TRAINS = "春运期间，铁路部门增开临时旅客列车，延长售票窗口营业时间，方便旅客购票出行。"
            + "各车站还设立了重点旅客服务台，为老弱病残孕旅客提供帮助。";

    private final List<SourceLine> lines = new ArrayList<>();
    private final List<Geometry> rules = new ArrayList<>();
    private final List<Geometry> verticalRules = new ArrayList<>();
    private final List<Geometry> pictures = new ArrayList<>();

    /** A block of lines set one leading (1.5 em) apart from {@code top}, each starting at {@code x}. */
    public PlacedPage block(double x, double top, double size, String... texts) {
        return block(x, top, size, false, texts);
    }

    /** As {@link #block}, set in bold. */
    public PlacedPage boldBlock(double x, double top, double size, String... texts) {
        return block(x, top, size, true, texts);
    }

    private PlacedPage block(double x, double top, double size, boolean bold, String... texts) {
        if (!lines.isEmpty()) {
            lines.add(new SourceLine(lines.size() + 1, ""));
        }
        double y = top;
        for (String text : texts) {
            double width = text.strip().codePointCount(0, text.strip().length()) * size;
            lines.add(new SourceLine(lines.size() + 1, text, new Geometry(x, y, width, size, size, bold)));
            y += size * 1.5;
        }
        return this;
    }

    /** A column of body text cut every {@code perLine} characters; returns the page. */
    public PlacedPage column(double x, double top, double size, int perLine, String text) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) {
            texts.add(text.substring(i, Math.min(text.length(), i + perLine)));
        }
        return block(x, top, size, texts.toArray(String[]::new));
    }

    /**
     * A 28-point headline 20 points in from {@code x} at {@code top}, and its 10-point column from
     * {@code x}, 50 points lower, cut every {@code perLine} characters.
     */
    public PlacedPage headlineOver(double x, double top, String headline, int perLine, String body) {
        return block(x + 20, top, 28, headline).column(x, top + 50, 10, perLine, body);
    }

    /** One character per line, stacked: a vertical headline or name. */
    public PlacedPage vertical(double x, double top, double size, String text) {
        if (!lines.isEmpty()) {
            lines.add(new SourceLine(lines.size() + 1, ""));
        }
        double height = text.length() * size;
        lines.add(new SourceLine(lines.size() + 1, text, new Geometry(x, top, size, height, size, false)));
        return this;
    }

    public PlacedPage rule(double x1, double x2, double y) {
        rules.add(new Geometry(x1, y - 0.25, x2 - x1, 0.5, 0, false));
        return this;
    }

    public PlacedPage verticalRule(double x, double y1, double y2) {
        verticalRules.add(new Geometry(x - 0.25, y1, 0.5, y2 - y1, 0, false));
        return this;
    }

    /** A picture (an image) at {@code x}, {@code top}, of the given size. */
    public PlacedPage picture(double x, double top, double width, double height) {
        pictures.add(new Geometry(x, top, width, height, 0, false));
        return this;
    }

    public Page parse() {
        return new PageParser().parse(lines, PageMeta.UNKNOWN, graphics());
    }

    /** The laid-out page path's stages ({@link Pipelines#LAID_OUT_PAGE}) up to and including the one named {@code stage}. */
    public PageAnalysis upTo(String stage) {
        return new PageAnalysis(lines, PageMeta.UNKNOWN, graphics(), null, DecisionLog.off())
                .run(Pipelines.upTo(Pipelines.LAID_OUT_PAGE, stage));
    }

    private PageGraphics graphics() {
        return new PageGraphics(rules, verticalRules, pictures);
    }
}
