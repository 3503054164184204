package banmian.io;

import banmian.model.Page;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextWriterTest {
    @Test
    void typesetLikeThePage() {
        assertEquals("""
                吕梁日报 2024年3月11日 星期一 第1版 要闻

                聚焦全国两会
                全国政协十四届二次会议闭幕
                ——王沪宁发表讲话
                新华社北京3月10日电　记者 罗丽
                　　（上接1版）
                　　会议圆满完成各项议程，10日上午闭幕。
                项目建设加速度
                　　1. 第一条 *重点* 内容
                　　（下转2版）
                　　（作者为中国社会科学院研究员）
                图：王沪宁主持闭幕会并讲话。（新华社记者 鞠鹏 摄）

                　　简讯正文。

                未归入文章的内容
                【图片说明】无主图片说明
                """, PlainTextWriter.write(SamplePages.full()));
    }

    @Test
    void emptyPageIsEmpty() {
        assertEquals("", PlainTextWriter.write(new Page(PageMeta.UNKNOWN, List.of(), List.of())));
    }

    @Test
    void enrichedArticleEndsWithItsNamesAndKeywords() {
        String text = PlainTextWriter.write(SamplePages.enriched());
        assertTrue(text.contains("（新华社记者 鞠鹏 摄）\n人物：王沪宁　机构：全国政协　关键词：会议、政协\n"), text);
    }
}
