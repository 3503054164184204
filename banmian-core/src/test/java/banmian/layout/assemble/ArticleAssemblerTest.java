package banmian.layout.assemble;

import banmian.layout.LayoutFixtures;
import banmian.layout.Pipelines;
import banmian.layout.line.Boundary;
import banmian.layout.line.DecisionLog;
import banmian.layout.line.Facts;
import banmian.layout.line.LineRole;
import banmian.layout.line.PageAnalysis;
import banmian.layout.line.Piece;
import banmian.layout.line.TextLine;
import banmian.model.Article;
import banmian.model.PageMeta;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Putting articles together from the segmenter's pieces. */
class ArticleAssemblerTest {

    @Test
    void aPieceOfNothingButAHeadingIsTheHeadlineOfTheTextAfterIt() {
        // The tagger took the headline, set alone after another article's end, for a section heading.
        List<TextLine> all = new ArrayList<>();
        TextLine headline = line(all, "关于老街区保护发展的几点认识", LineRole.HEADING);
        TextLine section = line(all, "老街区保护要留住城市记忆", LineRole.HEADING);
        TextLine body = line(all, "老街区是城市记忆的载体，老街区保护发展事关千家万户，要在保护中发展、在发展中保护。", LineRole.BODY);
        List<Piece> pieces = List.of(piece(List.of(headline)), piece(List.of(section, body)));

        List<Article> articles = assemble(all, pieces);

        assertEquals(1, articles.size(), articles.toString());
        assertEquals("关于老街区保护发展的几点认识", articles.get(0).headlineText());
        assertEquals("老街区保护要留住城市记忆" + body.squashed, articles.get(0).bodyText());
    }

    @Test
    void aBodilessPieceWithNoSectionAfterItStaysWhatItWas() {
        List<TextLine> all = new ArrayList<>();
        TextLine body = line(all, "老街区是城市记忆的载体，老街区保护发展事关千家万户。", LineRole.BODY);
        TextLine heading = line(all, "老街区保护要留住城市记忆", LineRole.HEADING);
        List<Article> articles = assemble(all, List.of(piece(List.of(body)), piece(List.of(heading))));
        assertEquals(LineRole.HEADING, heading.role());
        assertEquals(1, articles.stream().filter(article -> article.bodyText().contains("老街区保护要留住城市记忆")).count(),
                articles.toString());
    }

    /** The assembly stages run on pieces made by hand. */
    private static List<Article> assemble(List<TextLine> all, List<Piece> pieces) {
        PageAnalysis page = PageAnalysis.ofLines(all, DecisionLog.off());
        page.put(Facts.PIECES, pieces);
        page.put(Facts.SHOWN_META, PageMeta.UNKNOWN);
        page.put(Facts.CAPTION_UNITS, List.of());
        return page.run(Pipelines.ASSEMBLY).get(Facts.PAGE).articles();
    }

    private static TextLine line(List<TextLine> all, String text, LineRole role) {
        int position = all.size();
        TextLine line = new TextLine(position, position, List.of(position + 1), text, false, null);
        LayoutFixtures.give(line, role);
        all.add(line);
        return line;
    }

    private static Piece piece(List<TextLine> lines) {
        List<Boolean> chainStarts = new ArrayList<>(Collections.nCopies(lines.size(), false));
        chainStarts.set(0, true);
        return new Piece(lines, chainStarts, Boundary.SEPARATOR, -1);
    }
}
