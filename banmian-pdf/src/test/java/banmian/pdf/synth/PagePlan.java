package banmian.pdf.synth;

import java.util.List;
import java.util.Random;

/**
 * Where things go on a page of each type: the running head or masthead, then bands across the page,
 * each cut into spans of columns holding articles stacked one under another, with rules between them
 * when the page uses rules; and per type the lead article and photo and the index box 导读 (front), many
 * short items with datelines (news), a 简讯 briefs column, labelled opinion pieces with bylines, author
 * notes, a vertical headline and a boxed commentary, foreign datelines and a tinted sidebar
 * (international), an advertisement, photo features with several captioned photos.
 */
final class PagePlan {
    private interface Filler {
        /** The next article for a span of {@code span} columns, or null when the span is to stay as it is. */
        Placement next(int span);
    }

    private record Placement(Story story, PageComposer.Setting setting) {
    }

    private final PageType type;
    private final PageComposer page;
    private final StoryMaker maker;
    private final Random random;
    private final String date;
    private final String weekday;
    private int items;
    private boolean vertical;
    private boolean boxed;
    private boolean continuedFromPrinted;

    PagePlan(PageType type, PageComposer page, StoryMaker maker, Random random, String date, String weekday) {
        this.type = type;
        this.page = page;
        this.maker = maker;
        this.random = random;
        this.date = date;
        this.weekday = weekday;
    }

    void lay() {
        float y = type == PageType.FRONT ? masthead() : runningHead();
        float limit = page.bottom;
        if (type == PageType.ADVERT) {
            limit = advertisement();
        }
        if (type == PageType.FRONT) {
            y = band(y, limit, new int[]{page.columns}, span -> lead(), true);
            // The index box heads the band under the lead: set after a band that fills the page, it
            // would fall off its foot.
            y = indexBand(y, limit);
        }
        if (type == PageType.BRIEFS) {
            int briefColumns = page.columns >= 6 ? 2 : 1;
            float top = y;
            stack(page.columns - briefColumns, briefColumns, top, limit, briefs());
            limit = page.bottom;
            // The rest of the page, to the left of the briefs column.
            fillBands(top, limit, page.columns - briefColumns);
            return;
        }
        fillBands(y, limit, page.columns);
    }

    private void fillBands(float y, float limit, int columns) {
        while (y < limit - page.leading * 10) {
            float height = limit - y;
            float bandBottom = height < page.leading * 40 ? limit : y + height * (0.35f + random.nextFloat() * 0.3f);
            int[] spans = partition(columns);
            float end = band(y, bandBottom, spans, span -> next(span), false);
            if (end <= y) {
                break;
            }
            y = end;
        }
    }

    private Placement next(int span) {
        return switch (type) {
            case FRONT -> regular(span, 0, true);
            case NEWS, ADVERT, BRIEFS -> regular(span, 1 + random.nextInt(4), false);
            case OPINION -> opinion(span);
            case INTERNATIONAL -> international(span);
            case PHOTO -> photoFeature(span);
        };
    }

    private int[] partition(int columns) {
        java.util.List<Integer> spans = new java.util.ArrayList<>();
        int left = columns;
        while (left > 0) {
            int span = left <= 3 ? left : 2 + random.nextInt(Math.min(4, left - 1));
            if (left - span == 1) {
                span++;
            }
            spans.add(span);
            left -= span;
        }
        return spans.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One band: its spans side by side, each stacked with articles; returns the band's bottom. */
    private float band(float y, float limit, int[] spans, Filler filler, boolean single) {
        int column = columnsOffset;
        float end = y;
        for (int i = 0; i < spans.length; i++) {
            float bottom = single ? setOne(column, spans[i], y, limit, filler) : stack(column, spans[i], y, limit, filler);
            end = Math.max(end, bottom);
            column += spans[i];
        }
        // The rules between the band's spans end with the band: the next band's headlines run across them.
        column = columnsOffset;
        for (int i = 0; i < spans.length; i++) {
            if (page.gutterRules && i > 0 && end > y) {
                float x = page.columnX(column) - page.gutter / 2;
                page.canvas.rule(x, y, x, end, 0.6f);
            }
            column += spans[i];
        }
        if (end > y) {
            float right = page.columnX(column - 1) + page.columnWidth;
            page.canvas.rule(page.columnX(columnsOffset), end + page.leading * 0.4f, right, end + page.leading * 0.4f, 1f);
        }
        return end > y ? end + page.leading : y;
    }

    private int columnsOffset;

    private float setOne(int column, int span, float y, float limit, Filler filler) {
        Placement placement = filler.next(span);
        return placement == null ? y : page.set(placement.story(), column, span, y, limit, placement.setting());
    }

    /** Articles one under another in a span, a thin rule between them. */
    private float stack(int column, int span, float y, float limit, Filler filler) {
        float end = y;
        while (end + page.leading * 8 < limit) {
            Placement placement = filler.next(span);
            if (placement == null) {
                break;
            }
            float top = end == y ? y : end + page.leading * 0.8f;
            float bottom = page.set(placement.story(), column, span, top, limit, placement.setting());
            if (bottom <= top) {
                break;
            }
            if (end > y) {
                page.canvas.rule(page.columnX(column), end + page.leading * 0.4f, page.columnX(column) + page.spanWidth(span), end + page.leading * 0.4f, 0.5f);
            }
            end = bottom;
        }
        return end;
    }

    private PageComposer.Setting setting(float headlineEms) {
        PageComposer.Setting setting = new PageComposer.Setting();
        setting.headlineSize = page.bodySize * headlineEms;
        setting.centred = random.nextBoolean();
        return setting;
    }

    private Placement lead() {
        Story story = maker.story(type.sourcePages, 100000, 0);
        if (story == null) {
            return null;
        }
        PageComposer.Setting setting = setting(2.6f + random.nextFloat() * 0.8f);
        setting.centred = true;
        setting.jumpTo = 2 + random.nextInt(3);
        if (random.nextBoolean()) {
            story.captions.add(maker.caption());
        }
        return new Placement(story, setting);
    }

    private Placement regular(int span, int maxParagraphs, boolean jumps) {
        Story story = maker.story(type.sourcePages, maxParagraphs == 0 ? 100000 : 2500, maxParagraphs);
        if (story == null) {
            return null;
        }
        items++;
        if (type != PageType.FRONT && !continuedFromPrinted && random.nextInt(6) == 0 && maker.continuation(story, 1)) {
            continuedFromPrinted = true;   // one story per page continues from the front page (上接)
        } else if (type != PageType.FRONT && random.nextInt(10) < 7) {
            maker.dateline(story, false);
        }
        PageComposer.Setting setting = setting(span >= 3 ? 1.8f + random.nextFloat() * 0.6f : 1.4f + random.nextFloat() * 0.4f);
        if (jumps) {
            setting.jumpTo = 2 + random.nextInt(6);
        }
        if (span >= 2 && random.nextInt(7) == 0) {
            story.captions.add(maker.caption());
        }
        return new Placement(story, setting);
    }

    private Placement opinion(int span) {
        Story story = maker.story(type.sourcePages, 100000, 0);
        if (story == null) {
            return null;
        }
        maker.author(story, random.nextBoolean());
        PageComposer.Setting setting = setting(1.7f + random.nextFloat() * 0.6f);
        if (!vertical && span >= 2 && story.headline.length() <= 16) {
            vertical = true;
            setting.verticalHeadline = true;
            story.kicker = null;
            story.subtitle = null;
        } else if (!boxed) {
            boxed = true;
            setting.boxed = true;
            if (story.label == null) {
                story.label = random.nextBoolean() ? "短评" : "评论员观察";
            }
        }
        return new Placement(story, setting);
    }

    private Placement international(int span) {
        Story story = maker.story(type.sourcePages, 6000, random.nextInt(6));
        if (story == null) {
            return null;
        }
        maker.dateline(story, true);
        PageComposer.Setting setting = setting(1.6f + random.nextFloat() * 0.6f);
        if (!boxed && random.nextBoolean()) {
            boxed = true;
            setting.boxed = true;
            setting.tinted = true;
            story.dateline = null;
            story.byline = null;
            story.label = random.nextBoolean() ? "相关链接" : "背景";
        } else if (span >= 2 && random.nextInt(4) == 0) {
            story.captions.add(maker.caption());
        }
        return new Placement(story, setting);
    }

    private Placement photoFeature(int span) {
        Story story = maker.story(type.sourcePages, 100000, 1 + random.nextInt(2));
        if (story == null) {
            return null;
        }
        PageComposer.Setting setting = setting(1.8f);
        int photos = span >= 2 ? 2 + random.nextInt(Math.min(4, span)) : 1;
        for (int i = 0; i < photos; i++) {
            story.captions.add(maker.caption());
        }
        return new Placement(story, setting);
    }

    /** The 简讯 column: a label over short items, each a one-line bold headline and a paragraph. */
    private Filler briefs() {
        return new Filler() {
            boolean labelled;

            @Override
            public Placement next(int span) {
                float width = page.spanWidth(span);
                for (int tries = 0; tries < 20; tries++) {
                    Story story = maker.story(type.sourcePages, 1200, 1);
                    if (story == null) {
                        return null;
                    }
                    if (Typesetter.width(page.headFace, story.headline, page.bodySize * 1.1f) > width) {
                        continue;
                    }
                    story.kicker = null;
                    story.subtitle = null;
                    story.label = labelled ? null : "简讯";
                    labelled = true;
                    PageComposer.Setting setting = setting(1.1f);
                    setting.centred = false;
                    return new Placement(story, setting);
                }
                return null;
            }
        };
    }

    private float masthead() {
        float y = page.top;
        float size = page.bodySize * (5 + random.nextFloat() * 2);
        page.furniture("masthead", "人民日报", page.left, y + size, size, true);
        float x = page.left + size * 4.6f;
        float small = page.bodySize;
        page.furniture("furniture", "RENMIN RIBAO", x, y + small * 1.5f, small, false);
        page.furniture("furniture", date + "\u3000" + weekday, x, y + small * 3f, small, false);
        page.furniture("furniture", "今日" + (16 + 4 * random.nextInt(3)) + "版", x, y + small * 4.5f, small, false);
        y += size * 1.3f;
        page.canvas.rule(page.left, y, page.right, y, 2f);
        return y + page.leading;
    }

    private float runningHead() {
        float size = page.bodySize * 1.4f;
        float y = page.top;
        page.furniture("furniture", type.number + "\u3000" + type.section, page.left, y + size, size, true);
        String right = "人民日报\u3000" + date + "\u3000" + weekday;
        page.furniture("furniture", right, page.right - Typesetter.width(page.headFace, right, page.bodySize), y + size, page.bodySize, false);
        y += size * 1.6f;
        page.canvas.rule(page.left, y, page.right, y, 1.2f);
        return y + page.leading;
    }

    /** The index box 导读 in the right-hand columns, articles under it and the rest of the band beside it; returns the band's bottom. */
    private float indexBand(float y, float limit) {
        int span = page.columns >= 6 ? 2 : 1;
        int first = page.columns - span;
        float x = page.columnX(first);
        float width = page.spanWidth(span);
        float size = page.bodySize;
        float at = y + size * 3.2f;
        List<List<Typesetter.SetLine>> items = new java.util.ArrayList<>();
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Story other = maker.story(List.of(2 + random.nextInt(18)), 100000, 1);
            if (other == null) {
                break;
            }
            String line = other.headline + "（" + (2 + random.nextInt(18)) + "版）";
            List<Typesetter.SetLine> set = Typesetter.paragraph(page.headFace, line, size, width - 2 * size, 0, true);
            // Only items that fit above the foot of the page are printed (and in the truth).
            if (at + size * (1.5f * set.size() + 0.5f) > limit) {
                break;
            }
            at += size * (1.5f * set.size() + 0.5f);
            items.add(set);
            texts.add(line);
        }
        float bottom = y;
        if (!items.isEmpty()) {
            at = y + size * 0.8f;
            page.canvas.text(page.headFace, "导读", x + size, at + size * 1.4f, size * 1.4f, 0, true);
            page.unassigned.addObject().put("type", "index").put("text", "导读");
            at += size * 2.4f;
            for (int i = 0; i < items.size(); i++) {
                for (Typesetter.SetLine set : items.get(i)) {
                    page.canvas.text(page.headFace, set.text(), x + size, at + size, size, set.spacing(), false);
                    at += size * 1.5f;
                }
                page.unassigned.addObject().put("type", "index").put("text", texts.get(i));
                at += size * 0.5f;
            }
            page.canvas.frame(x, y, width, at - y);
            bottom = at;
            // The index box's columns go on with articles under it.
            stack(first, span, bottom + page.leading, limit, span2 -> regular(span2, 0, true));
        }
        columnsOffset = 0;
        int[] spans = partition(items.isEmpty() ? page.columns : first);
        int column = 0;
        float end = bottom;
        for (int s : spans) {
            end = Math.max(end, stack(column, s, y, limit, span2 -> regular(span2, 0, true)));
            column += s;
        }
        return end + page.leading;
    }

    /** An advertisement across the bottom of the page; returns the top it leaves for the articles. */
    private float advertisement() {
        float height = (page.bottom - page.top) * (0.25f + random.nextFloat() * 0.2f);
        float top = page.bottom - height;
        float x = page.left;
        float width = page.right - page.left;
        page.canvas.fill(x, top, width, height, 0.85f);
        page.canvas.frame(x, top, width, height);
        String[] brands = {"瑞丰", "华信", "长青", "金穗", "远航", "和润"};
        String[] kinds = {"银行", "保险", "家电", "乳业", "汽车", "文旅"};
        String brand = brands[random.nextInt(brands.length)] + kinds[random.nextInt(kinds.length)];
        String[] lines = {brand, "用心服务每一天", "全国服务热线：400-" + (100 + random.nextInt(900)) + "-" + (1000 + random.nextInt(9000))};
        float y = top + height * 0.25f;
        float[] sizes = {page.bodySize * 5, page.bodySize * 2.5f, page.bodySize * 1.5f};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            float w = Typesetter.width(page.headFace, lines[i], sizes[i]);
            page.canvas.text(page.headFace, lines[i], x + (width - w) / 2, y + sizes[i], sizes[i], 0, i == 0);
            y += sizes[i] * 1.6f;
            text.append(i == 0 ? "" : " ").append(lines[i]);
        }
        page.unassigned.addObject().put("type", "advertisement").put("text", text.toString());
        return top - page.leading;
    }
}
