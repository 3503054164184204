package banmian.nlp;

import banmian.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities of plain text, paragraph by paragraph, as `banmian entities` reads it (text written for the test). */
class DocumentEntitiesTest {
    private static List<String> names(List<Mention> mentions, String text) {
        return mentions.stream().map(m -> m.type().jsonName() + ":" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void personsPlacesAndOrganisationsWithOffsetsInTheirParagraph() {
        String first = "国务院总理李克强3日在北京人民大会堂会见了来访的世界银行行长。";
        String second = "会见后，李克强出席了在上海举行的论坛。";
        List<List<Mention>> found = new Enricher().documentEntities(List.of(first, second));
        List<String> firstNames = names(found.get(0), first);
        assertTrue(firstNames.containsAll(List.of("organization:国务院", "person:李克强", "place:北京")), firstNames.toString());
        assertTrue(firstNames.contains("organization:世界银行"), firstNames.toString());
        List<String> secondNames = names(found.get(1), second);
        assertTrue(secondNames.containsAll(List.of("person:李克强", "place:上海")), secondNames.toString());
    }

    @Test
    void aNameReadInOneParagraphCountsInTheNext() {
        String first = "记者王宁远在汾阳采访。";
        String second = "宁远说，明年还要再来。";
        String third = "王宁远说，明年还要再来。";
        List<List<Mention>> found = new Enricher().documentEntities(List.of(first, second, third));
        assertTrue(names(found.get(0), first).contains("person:王宁远"), names(found.get(0), first).toString());
        assertEquals(List.of(EntityType.PERSON), found.get(2).stream().map(Mention::type).toList());
        assertEquals("王宁远", found.get(2).get(0).name());
    }
}
