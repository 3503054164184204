package banmian.pdf.synth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Lays out one page of a type from a seed: size (broadsheet or tabloid), 4–8 columns, gutters of one to
 * two characters with or without rules, body size and faces, then the type's plan; gives the PDF and its
 * truth (FORMAT.md page JSON: articles in reading order, furniture, labels, index and advertisements
 * unassigned with a type). The same seed gives the same bytes.
 */
final class Synthesizer {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A made page: its PDF and its truth. */
    record SynthPage(String name, PageType type, long seed, byte[] pdf, ObjectNode truth) {
    }

    private final ArticleSource source;

    Synthesizer(ArticleSource source) {
        this.source = source;
    }

    SynthPage page(PageType type, long seed) {
        try (SynthFonts fonts = new SynthFonts()) {
            return page(type, seed, fonts);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SynthPage page(PageType type, long seed, SynthFonts fonts) {
        Random random = new Random(seed);
        boolean tabloid = random.nextInt(3) == 0;
        float width = tabloid ? 700 + random.nextInt(60) : 960 + random.nextInt(80);
        float height = width * (1.38f + random.nextFloat() * 0.08f);
        int columns = tabloid ? 4 + random.nextInt(3) : 6 + random.nextInt(3);
        float bodySize = tabloid ? 8.5f + random.nextInt(4) * 0.5f : 9f + random.nextInt(4) * 0.5f;
        float gutterEms = 1 + random.nextInt(3) * 0.5f;
        boolean rules = random.nextBoolean();
        Canvas canvas = new Canvas(width, height);
        ObjectNode truth = JSON.createObjectNode();
        ObjectNode meta = truth.putObject("page");
        ArrayNode articles = truth.putArray("articles");
        ArrayNode unassigned = JSON.createArrayNode();
        PageComposer composer = new PageComposer(canvas, random, unassigned, tabloid ? 28 : 40, columns, bodySize, gutterEms, rules,
                fonts.faces());
        LocalDate date = LocalDate.of(2019, 10, 1 + random.nextInt(31));
        String shown = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
        StoryMaker maker = new StoryMaker(source, random, composer, date.toString());
        new PagePlan(type, composer, maker, random, shown, weekday).lay();
        meta.put("paper", "人民日报").put("date", date.toString()).put("number", type.number);
        for (Story story : composer.stories) {
            articles.add(story.truth(JSON));
        }
        truth.set("unassigned", unassigned);
        String name = "synth-" + type.name().toLowerCase(Locale.ROOT) + "-" + Long.toHexString(seed);
        return new SynthPage(name, type, seed, canvas.bytes(), truth);
    }

    /** The seed of page {@code index} of a run seeded {@code seed}. */
    static long seed(long seed, int index) {
        return seed * 1_000_003L + index;
    }

    /** The type of page {@code index}: the types in turn. */
    static PageType type(int index) {
        List<PageType> types = List.of(PageType.values());
        return types.get(index % types.size());
    }
}
