package banmian.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The reader's HTML, from the JTE templates in {@code src/main/jte}: compiled to classes of this
 * package at build time (jte-maven-plugin), so nothing is compiled at run time, and every value
 * written into the HTML is escaped for where it stands unless a template says {@code $unsafe}.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            Templates.class.getPackageName());

    private Templates() {
    }

    static String search(SearchView view) {
        return render("search.jte", view);
    }

    static String page(PageView view) {
        return render("page.jte", view);
    }

    static String story(StoryView view) {
        return render("article.jte", view);
    }

    static String browse(BrowseView view) {
        return render("browse.jte", view);
    }

    static String message(MessageView view) {
        return render("message.jte", view);
    }

    private static String render(String template, Object view) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, view, output);
        return output.toString();
    }
}
