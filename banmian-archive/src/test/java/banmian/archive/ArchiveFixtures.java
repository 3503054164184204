package banmian.archive;

import banmian.model.Article;
import banmian.model.Block;
import banmian.model.BlockType;
import banmian.model.Enrichment;
import banmian.model.Entity;
import banmian.model.EntityType;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Pages written for the archive tests: a wire story printed by two papers, a report jumping pages. */
public final class ArchiveFixtures {
    public static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    public static final String PAPER_A = "晋中日报";
    public static final String PAPER_B = "汾河晚报";

    /** Over 200 Han characters, so that copies of it can be told from chance likeness. */
    public static final String WIRE = "记者从农业农村部获悉，截至5月5日，全国春播粮食已完成六成以上，进度快于去年同期。"
            + "各地抢抓农时，加快推进玉米、大豆、水稻等作物播种，农机手昼夜作业，种子、化肥、农药等农资供应充足，价格总体平稳。"
            + "农业农村部有关负责人表示，今年春播期间气象条件总体有利，土壤墒情适宜，大部分地区播种质量好于常年。"
            + "下一步，农业农村部将继续组织专家分区域开展技术指导，帮助农民科学种田，确保春播任务圆满完成，为全年粮食丰收打下坚实基础。"
            + "同时，各地还将加强病虫害监测预警，做好防灾减灾各项准备工作，切实保障粮食生产安全。";

    public static final String PIPES_FIRST = "今年我市将投入资金改造城区老旧供水管网一百二十公里，涉及居民小区八十多个。"
            + "市住建局负责人李明华介绍，改造工程分三批实施，首批工程已于本月初开工，";
    public static final String PIPES_SECOND = "预计十月底前全部完工。改造完成后，城区管网漏损率将明显下降，居民用水更加安全放心。";

    private ArchiveFixtures() {
    }

    public static Block block(BlockType type, String text) {
        return new Block(type, text, List.of());
    }

    public static Article article(String headline, String body, Integer continuedTo, Integer continuedFrom) {
        return new Article(null, headline == null ? null : block(BlockType.HEADLINE, headline), null, null, null, null,
                List.of(block(BlockType.PARAGRAPH, body)), List.of(), continuedTo, continuedFrom);
    }

    /** The article with one person found in its body (as the enricher would record it). */
    public static Article withPerson(Article article, String name) {
        int start = article.bodyText().indexOf(name);
        return article.withEnrichment(new Enrichment(
                List.of(new Entity(EntityType.PERSON, name, List.of(new TextSpan("body", 0, start, start + name.length())))),
                List.of(), List.of(), null));
    }

    public static Page page(String paper, LocalDate date, int number, Article... articles) {
        return new Page(new PageMeta(paper, date, number, null), List.of(articles), List.of());
    }

    /** Paper A, page 1: the wire story and a report that jumps to page 2. */
    public static Page paperAFront() {
        return page(PAPER_A, DAY, 1,
                article("春播粮食过六成", WIRE, null, null),
                withPerson(article("城区老旧管网改造全面启动", PIPES_FIRST, 2, null), "李明华"));
    }

    /** Paper A, page 2: where the report goes on. */
    public static Page paperAPageTwo() {
        return page(PAPER_A, DAY, 2,
                article("城区老旧管网改造全面启动", PIPES_SECOND, null, 1),
                article("古城迎来旅游旺季", "五一假期，平遥古城接待游客超过三十万人次，同比增长两成，民宿和餐饮一房难求。", null, null));
    }

    /** Paper B prints the same wire story under its own headline, with one date written shorter. */
    public static Page paperBFront() {
        return page(PAPER_B, DAY.plusDays(1), 1,
                article("全国春播进度快于去年", WIRE.replace("截至5月5日", "截至5日"), null, null));
    }

    public static List<Page> all() {
        return new ArrayList<>(List.of(paperAFront(), paperAPageTwo(), paperBFront()));
    }
}
