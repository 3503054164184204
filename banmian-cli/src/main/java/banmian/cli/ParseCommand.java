package banmian.cli;

import banmian.io.PageFormat;
import banmian.layout.Explanation;
import banmian.layout.line.Dialect;
import banmian.pipeline.AtomicFile;
import banmian.pipeline.Enrichers;
import banmian.pipeline.PageFlow;
import banmian.pipeline.PageInput;
import banmian.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "parse", sortOptions = false,
        description = "Reconstruct the articles of newspaper pages from page PDFs or their text layers.",
        footerHeading = "%n",
        footer = {
            "Input: born-digital page PDFs (every PDF page is parsed as a newspaper page,",
            "read with its geometry), or the text layer of one page per file (pdftotext",
            "or similar) in UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5.",
            "Legacy encodings are detected (ICU4J); text in another encoding, or too",
            "short to tell GB18030 from Big5, is refused: convert it to UTF-8.",
            "Refused: binary files, text over 8 MiB, PDFs over 256 MiB, and PDFs that",
            "are encrypted, damaged, without a text layer (scans: OCR is needed) or",
            "with fonts that have no Unicode map.",
            "",
            "Output (-o):",
            "  none or -  standard output",
            "  DIR        an existing directory, or a name ending in /: one file per",
            "             page, named after its input (page.txt -> DIR/page.json, .jsonl,",
            "             .md or .txt; standard input -> DIR/stdin.json; a PDF of several",
            "             pages -> DIR/issue-p1.json, DIR/issue-p2.json ...)",
            "  FILE       all pages in that one file",
            "Several pages in one stream or file: jsonl gives one line per page; json",
            "gives the indented objects one after another (jq reads that; line-based",
            "tools want jsonl); markdown separates pages with a rule, text with two blank",
            "lines. Files are written beside their target and renamed into place, so a",
            "failed run leaves no partial file; nothing at all is written when any input",
            "is unusable.",
            "",
            "Page metadata: --paper, --date and --page win; else a file name such as",
            "rmrb2018010207.txt gives the date (2018-01-02) and page (7); else the page's",
            "own header lines.",
            "",
            "Exit status: 0 done; 1 output could not be written; 2 unusable input or",
            "options (one line per problem on stderr)."
        })
final class ParseCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Page text files; - reads standard input.")
    List<String> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            converter = OptionConverters.Format.class,
            description = "json, jsonl, markdown or text (default: ${DEFAULT-VALUE}).")
    PageFormat format;

    @Mixin
    MetaOptions metaOptions;

    @Mixin
    LimitOptions limitOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "File or directory to write; see below.")
    String output;

    @Option(names = "--no-enrich", description = "Skip enrichment (entities, figures, keywords, summary).")
    boolean noEnrich;

    @Option(names = "--entity-dict", paramLabel = "FILE",
            description = "Extra entity rules and names (kind<TAB>words lines; see README).")
    Path entityDictionary;

    @Option(names = "--dialect", paramLabel = "ID", converter = OptionConverters.DialectName.class,
            description = "Take text layers to be in this extractor dialect instead of detecting it: boxes (pdfminer, "
                    + "pdftotext), pdftotext-raw, pdftotext-layout, joined-columns, pdfbox, mutool.")
    Dialect dialect;

    @Option(names = "--explain", paramLabel = "FORMAT", arity = "0..1", parameterConsumer = OptionConverters.ExplainFormatConsumer.class,
            description = "Instead of the pages, print why they come out as they do: every block and line, what it became "
                    + "and which rule decided it (text, or json: one object per page).")
    OptionConverters.ExplainFormat explain;

    ParseCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws UserError {
        if (metaOptions.page != null && files.size() > 1) {
            throw UserError.badInput("--page names one page; with several inputs each page number comes from its file name");
        }
        PageFlow flow = PageFlow.parsing(metaOptions.meta(), limitOptions.limits()).withDialect(dialect);
        List<PageInput> inputs = PageInputs.readAll(files, terminal.in(), terminal.err(), flow);
        inputs.stream().flatMap(input -> input.notes().stream()).forEach(note -> terminal.err().println("banmian: " + note));
        terminal.err().flush();
        if (dialect != null) {
            List<String> pdfs = inputs.stream().filter(input -> input instanceof PageInput.Pdf).map(PageInput::name).toList();
            if (!pdfs.isEmpty()) {
                throw UserError.badInput("--dialect applies to text layers, and " + String.join(", ", pdfs) + " is a PDF");
            }
        }
        if (explain != null) {
            return explain(flow, inputs);
        }
        if (!noEnrich) {
            flow = flow.enrichedBy(enrichers());
        }
        Progress progress = new Progress(terminal.err(), "parsed", inputs.size(), inputs.size());
        try (PageSink sink = PageSink.open(output, format, inputs, terminal.out())) {
            for (PageInput input : inputs) {
                flow.run(input, sink);
                progress.step();
            }
            sink.commit();
        } catch (InputException e) {
            throw UserError.badInputs(List.of(e));
        } catch (IOException e) {
            throw UserError.cannotWrite(IoProblems.describe(output == null ? "<stdout>" : output, e));
        }
        return 0;
    }

    /** The explanations of every page, to standard output or {@code -o FILE}, written whole or not at all. */
    private int explain(PageFlow flow, List<PageInput> inputs) throws UserError {
        StringBuilder out = new StringBuilder();
        try {
            for (PageInput input : inputs) {
                for (Explanation explanation : flow.explain(input)) {
                    out.append(explain == OptionConverters.ExplainFormat.JSON ? explanation.toJson() : explanation.toText() + "\n");
                }
            }
        } catch (InputException e) {
            throw UserError.badInputs(List.of(e));
        }
        if (output == null || output.equals("-")) {
            terminal.print(out.toString());
            return 0;
        }
        try {
            AtomicFile.write(Path.of(output), out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw UserError.cannotWrite(IoProblems.describe(output, e));
        }
        return 0;
    }

    private Enrichers enrichers() throws UserError {
        if (entityDictionary == null) {
            return Enrichers.builtIn();
        }
        try {
            return Enrichers.withUserFile(entityDictionary);
        } catch (IOException e) {
            throw UserError.badInput(IoProblems.describe(entityDictionary, e));
        }
    }
}
