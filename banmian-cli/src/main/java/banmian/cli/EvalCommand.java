package banmian.cli;

import banmian.eval.PageScore;
import banmian.eval.PageScorer;
import banmian.eval.RmrbTruth;
import banmian.io.PageJson;
import banmian.limits.Limits;
import banmian.model.Page;
import banmian.model.PageMeta;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.text.InputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "eval", sortOptions = false,
        description = {"Score a parsed page against its truth, as shared/eval/score.py does.",
            "Truth is a gold page in FORMAT.md JSON, or the scraped 人民日报 article",
            "files of one page. Pairing and figures are the referee's own."},
        footerHeading = "%n",
        footer = {"Examples:",
            "  banmian eval --pred out.json --gold samples/luliang-2024-03-11-p1.gold.json",
            "  banmian eval --input rmrb2018010207.txt --truth-dir corpus/rmrb/truth",
            "",
            "Exit status: 0 scored (whatever the score); 2 unusable input or options."})
final class EvalCommand implements Callable<Integer> {
    /** A 人民日报 page as the archive names it: the paper, the date and the page number. */
    private static final Pattern RMRB_PAGE = Pattern.compile("rmrb\\d{10}(?!\\d)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Terminal terminal;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Prediction prediction;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Truth truth;

    @Option(names = "--json", description = "Print only the summary, as one JSON object.")
    boolean json;

    static final class Prediction {
        @Option(names = "--pred", paramLabel = "OUT.json", required = true,
                description = "The parsed page (FORMAT.md JSON, e.g. from parse).")
        Path pred;

        @Option(names = "--input", paramLabel = "PAGE", required = true,
                description = "A page text layer or a one-page PDF to parse first and score.")
        String input;
    }

    static final class Truth {
        @Option(names = "--gold", paramLabel = "GOLD.json", required = true,
                description = "A gold page in FORMAT.md JSON.")
        Path gold;

        @ArgGroup(exclusive = false)
        Scraped scraped;
    }

    static final class Scraped {
        @Option(names = "--truth-dir", paramLabel = "DIR", required = true,
                description = "Folder of scraped article files (corpus/rmrb/truth).")
        Path directory;

        @Option(names = "--page", paramLabel = "rmrbYYYYMMDDNN",
                description = "The page to score against (default: from the --input or --pred file name).")
        String page;
    }

    EvalCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        JsonNode predicted = predicted();
        PageScore score;
        if (truth.gold != null) {
            score = score(readJson(truth.gold), predicted, true, truth.gold.toString());
        } else {
            String page = truth.scraped.page != null ? truth.scraped.page : pageFromFileName();
            score = score(rmrbTruth(truth.scraped.directory, page), predicted, false, truth.scraped.directory.toString());
        }
        terminal.print((json ? summaryJson(score) : score.report()) + "\n");
        return 0;
    }

    private JsonNode predicted() throws UserError {
        if (prediction.pred != null) {
            return readJson(prediction.pred);
        }
        PageInput input = PageInputs.readAll(List.of(prediction.input), terminal.in()).get(0);
        List<Page> pages;
        try {
            pages = PageFlow.parsing(PageMeta.UNKNOWN, Limits.DEFAULT).pages(input);
        } catch (InputException e) {
            throw UserError.badInputs(List.of(e));
        }
        if (pages.size() != 1) {
            throw UserError.badInput(input.name() + ": has " + pages.size() + " pages; eval scores one page, give a one-page PDF");
        }
        return PageJson.toTree(pages.get(0));
    }

    private String pageFromFileName() throws UserError {
        String name = prediction.pred != null ? prediction.pred.toString() : prediction.input;
        Matcher matcher = RMRB_PAGE.matcher(Path.of(name).getFileName().toString());
        if (!matcher.find()) {
            throw UserError.badInput(name + ": no rmrbYYYYMMDDNN in the file name; give --page");
        }
        return matcher.group();
    }

    private static JsonNode rmrbTruth(Path directory, String page) throws UserError {
        try {
            return RmrbTruth.load(directory, page);
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(directory, e));
        }
    }

    private static PageScore score(JsonNode truth, JsonNode predicted, boolean paragraphs, String truthName)
            throws UserError {
        try {
            return PageScorer.score(truth, predicted, paragraphs);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(truthName + ": " + e.getMessage());
        }
    }

    private static JsonNode readJson(Path file) throws UserError {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw UserError.badInput(file + ": expected one JSON object (a FORMAT.md page)");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw UserError.badInput(file + ": not JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw UserError.badInput(file + ": no such file");
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(file, e));
        }
    }

    /** score.py --json: the summary object with the referee's key names. */
    private static String summaryJson(PageScore score) {
        ObjectNode summary = JSON.createObjectNode();
        summary.put("articles_truth", score.articlesTruth());
        summary.put("articles_pred", score.articlesPred());
        summary.put("articles_paired", score.articlesPaired());
        summary.put("body_f1", score.bodyF1());
        summary.put("fields_exact", score.fieldsExact());
        summary.put("captions_exact", score.captionsExact());
        summary.put("paragraph_f1", score.paragraphF1());
        return summary.toString();
    }
}
