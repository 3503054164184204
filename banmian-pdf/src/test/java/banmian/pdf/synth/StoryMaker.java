package banmian.pdf.synth;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns source articles into stories in the conventions of Chinese papers: the dateline and bracketed
 * reporters at the head of the text (taken from the text, or made up in the paper's forms), bylines on
 * their own line, author notes, column labels taken off the site's headline (永放光芒的精神财富（人民时评）),
 * in-article headings, and photo captions with credits.
 */
final class StoryMaker {
    private static final Pattern DATELINE = Pattern.compile("^((?:新华社|本报|人民日报|中新社)[^，。；（“]{0,20}?电)(（([^）]{1,30})）)?");
    private static final Pattern LABEL = Pattern.compile("^(.{4,})（([^（）]{2,8})）$");
    /** The dashes a source subtitle may open with: the composer prints its own, FORMAT.md's truth has none. */
    private static final Pattern SUBTITLE_DASHES = Pattern.compile("^[—－-]+\\s*");
    private static final Pattern NOTE = Pattern.compile("^（作者(?:为|系|单位)[^）]{2,60}）$");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌宇浩凯鹏翔晨亮新辉林琳波晓雪梅婷";
    private static final String[] CITIES = {"北京", "上海", "广州", "成都", "西安", "武汉", "杭州", "南京", "长沙", "哈尔滨", "拉萨", "乌鲁木齐"};
    static final String[] FOREIGN = {"华盛顿", "纽约", "伦敦", "巴黎", "柏林", "莫斯科", "东京", "首尔", "开罗", "内罗毕", "巴西利亚", "新德里", "曼谷", "日内瓦"};
    private static final String[] INSTITUTIONS = {"中国人民大学教授", "北京大学国家发展研究院研究员", "中国社会科学院研究员", "复旦大学副教授", "中央党校（国家行政学院）教授"};

    private final ArticleSource source;
    private final Random random;
    private final PageComposer page;
    private final Set<String> used = new HashSet<>();
    final String date;

    StoryMaker(ArticleSource source, Random random, PageComposer page, String date) {
        this.source = source;
        this.random = random;
        this.page = page;
        this.date = date;
    }

    String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    String day() {
        return Integer.parseInt(date.substring(5, 7)) + "月" + Integer.parseInt(date.substring(8, 10)) + "日";
    }

    /** A story from one of {@code pages}, at most {@code maxParagraphs} paragraphs (0: all), or null. */
    Story story(List<Integer> pages, int maxChars, int maxParagraphs) {
        ArticleSource.SourceArticle article = source.pick(random, pages,
                a -> a.length() <= maxChars && a.headline().length() <= 40 && page.covers(a.text()), used);
        if (article == null) {
            return null;
        }
        Story story = new Story();
        story.kicker = article.kicker();
        story.headline = article.headline();
        story.subtitle = article.subtitle() == null ? null : SUBTITLE_DASHES.matcher(article.subtitle()).replaceFirst("");
        Matcher label = LABEL.matcher(story.headline);
        if (label.matches()) {
            story.headline = label.group(1);
            story.label = label.group(2);
        }
        List<String> paragraphs = article.paragraphs();
        if (maxParagraphs > 0 && paragraphs.size() > maxParagraphs) {
            paragraphs = paragraphs.subList(0, maxParagraphs);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            if (i == 0) {
                Matcher dateline = DATELINE.matcher(text);
                if (dateline.find() && dateline.end() < text.length() - 10) {
                    story.dateline = dateline.group(1);
                    if (dateline.group(3) != null) {
                        story.byline = dateline.group(3).replace('\u3000', ' ').replace("、", "、").strip();
                        story.bylineInText = true;
                    }
                    text = text.substring(dateline.end());
                }
            }
            if (i == paragraphs.size() - 1 && NOTE.matcher(text).matches()) {
                story.authorNote = text;
                continue;
            }
            boolean heading = i > 0 && i < paragraphs.size() - 1 && text.length() <= 22
                    && !text.endsWith("。") && !text.endsWith("”") && !text.endsWith("：");
            story.blocks.add(new Story.Block(heading, text));
        }
        if (story.blocks.stream().noneMatch(b -> !b.heading())) {
            return null;
        }
        return story;
    }

    /**
     * Makes {@code story} the rest of an article begun on page {@code fromPage}: the headline printed again over
     * the text from a later paragraph on, with no kicker, subtitle, dateline or byline (those stayed on the first
     * page). False when the story has too few paragraphs to have been cut.
     */
    boolean continuation(Story story, int fromPage) {
        long paragraphs = story.blocks.stream().filter(block -> !block.heading()).count();
        if (paragraphs < 3) {
            return false;
        }
        int drop = 1 + random.nextInt((int) Math.min(3, paragraphs - 2));
        int dropped = 0;
        while (dropped < drop || story.blocks.get(0).heading()) {
            if (!story.blocks.remove(0).heading()) {
                dropped++;
            }
        }
        story.kicker = null;
        story.subtitle = null;
        story.dateline = null;
        story.byline = null;
        story.bylineInText = false;
        story.label = null;
        story.continuedFrom = fromPage;
        return true;
    }

    /** Adds a made-up dateline with bracketed reporters when the text has none: 本报北京10月7日电（记者 张三）. */
    void dateline(Story story, boolean foreign) {
        if (story.dateline != null) {
            return;
        }
        String place = foreign ? FOREIGN[random.nextInt(FOREIGN.length)] : CITIES[random.nextInt(CITIES.length)];
        story.dateline = (foreign || random.nextBoolean() ? "新华社" : "本报") + place + day() + "电";
        story.byline = "记者 " + name() + (random.nextInt(3) == 0 ? "、" + name() : "");
        story.bylineInText = true;
    }

    /** An author's name on a line of its own under the headline, and now and then a note of who the author is. */
    void author(Story story, boolean note) {
        if (story.byline == null) {
            story.byline = random.nextBoolean() ? name() : "本报记者 " + name();
            story.bylineInText = false;
        }
        if (note && story.authorNote == null && !story.byline.startsWith("本报")) {
            story.authorNote = "（作者为" + INSTITUTIONS[random.nextInt(INSTITUTIONS.length)] + "）";
        }
    }

    /** A photo caption from real text: a first sentence of another article, and a credit. */
    Story.Caption caption() {
        for (int tries = 0; tries < 50; tries++) {
            Story other = story(List.of(), 100000, 0);
            if (other == null) {
                break;
            }
            String text = other.blocks.get(other.blocks.size() - 1).text();
            int end = text.indexOf('。');
            if (end >= 12 && end <= 90 && page.covers(text)) {
                String credit = switch (random.nextInt(4)) {
                    case 0 -> "本报记者 " + name() + "摄";
                    case 1 -> "新华社记者 " + name() + "摄";
                    case 2 -> "新华社发";
                    default -> name() + "摄";
                };
                return new Story.Caption(text.substring(0, end + 1), credit);
            }
        }
        return new Story.Caption(day() + "，市民在公园内游览。", "新华社发");
    }
}
