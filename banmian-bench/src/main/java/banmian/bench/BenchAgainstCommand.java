package banmian.bench;

import banmian.cli.PageInputs;
import banmian.cli.Terminal;
import banmian.cli.UserError;
import banmian.layout.PageParser;
import banmian.layout.line.DecisionLog;
import banmian.model.PageMeta;
import banmian.pipeline.PageInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * This build's text path against another build's, in one process: the other jar's
 * {@code banmian.layout.PageParser} is loaded in a class loader of its own, and the two parse the same
 * pages in alternating rounds, each round timed in the CPU time of this thread. Alternating in one
 * process, and counting only the parsing thread's CPU, keeps the machine's noise (other processes,
 * CPU steal, the JIT's and GC's threads) out of the ratio, which separate runs of {@code bench} on a
 * shared machine cannot.
 */
@Command(name = "bench-against", sortOptions = false,
        description = {"Compare this build's text-path speed with another build's jar, in one process.",
            "Both parse the same pages in alternating rounds on one thread (CPU time of the",
            "thread); prints each one's pages/s and the ratio, median over the rounds."},
        footerHeading = "%n",
        footer = "Exit status: 0 measured; 2 unusable input or options.")
final class BenchAgainstCommand implements java.util.concurrent.Callable<Integer> {
    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "OTHER.jar", description = "A banmian jar of another build (its banmian.layout.PageParser).")
    Path other;

    @Parameters(index = "1..*", paramLabel = "FILE|DIR", arity = "1..*", description = "Page text files, or directories of *.txt.")
    List<Path> paths;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "15", description = "Alternating rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--round-seconds", paramLabel = "S", defaultValue = "1", description = "CPU seconds per round and side (default: ${DEFAULT-VALUE}).")
    double roundSeconds;

    @Option(names = "--explain", description = "Time this build with its decision log recording.")
    boolean explain;

    BenchAgainstCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 3 || roundSeconds <= 0 || !Files.isRegularFile(other)) {
            throw UserError.badInput("bench-against needs OTHER.jar to be a file, --rounds of 3 or more and --round-seconds above 0");
        }
        List<String> texts = new ArrayList<>();
        for (PageInput input : PageInputs.readAll(BenchFiles.expand(paths, "txt").stream().map(Path::toString).toList(), terminal.in())) {
            if (input instanceof PageInput.Text text) {
                texts.add(text.text());
            }
        }
        LongSupplier mine = mine(texts);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarUrl()}, ClassLoader.getPlatformClassLoader())) {
            LongSupplier theirs = theirs(loader, texts);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            // Warm both up for as long as a round takes, twice, so that each runs compiled code.
            for (int i = 0; i < 2; i++) {
                pagesPerSecond(threads, mine, texts.size());
                pagesPerSecond(threads, theirs, texts.size());
            }
            double[] mineRates = new double[rounds];
            double[] theirRates = new double[rounds];
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                boolean mineFirst = r % 2 == 0;
                theirRates[r] = mineFirst ? Double.NaN : pagesPerSecond(threads, theirs, texts.size());
                mineRates[r] = pagesPerSecond(threads, mine, texts.size());
                if (mineFirst) {
                    theirRates[r] = pagesPerSecond(threads, theirs, texts.size());
                }
                ratios[r] = mineRates[r] / theirRates[r];
            }
            terminal.print(String.format(Locale.ROOT, "%d pages, %d rounds of %.1f s CPU each side, one thread%n"
                            + "this build%s: %.1f pages/s (median)%n%s: %.1f pages/s (median)%n"
                            + "this build / other: %.3f (median of the rounds' ratios; lowest %.3f, highest %.3f)%n",
                    texts.size(), rounds, roundSeconds, explain ? " (decision log recording)" : "", median(mineRates),
                    other.getFileName(), median(theirRates), median(ratios), Arrays.stream(ratios).min().orElse(0),
                    Arrays.stream(ratios).max().orElse(0)));
        }
        return 0;
    }

    private LongSupplier mine(List<String> texts) {
        PageParser parser = new PageParser();
        return () -> {
            long articles = 0;
            for (String text : texts) {
                DecisionLog log = explain ? DecisionLog.recording() : DecisionLog.off();
                articles += parser.analyse(PageParser.lines(text), PageMeta.UNKNOWN, null, log)
                        .get(banmian.layout.line.Facts.PAGE).articles().size();
            }
            return articles;
        };
    }

    /** The other build's {@code new PageParser().parse(PageParser.lines(text), PageMeta.UNKNOWN)}, by reflection. */
    private static LongSupplier theirs(ClassLoader loader, List<String> texts) throws ReflectiveOperationException {
        Class<?> parserClass = loader.loadClass("banmian.layout.PageParser");
        Class<?> metaClass = loader.loadClass("banmian.model.PageMeta");
        Object parser = parserClass.getConstructor().newInstance();
        Object unknown = metaClass.getField("UNKNOWN").get(null);
        Method lines = parserClass.getMethod("lines", String.class);
        Method parse = parserClass.getMethod("parse", List.class, metaClass);
        Method articles = loader.loadClass("banmian.model.Page").getMethod("articles");
        return () -> {
            try {
                long count = 0;
                for (String text : texts) {
                    count += ((List<?>) articles.invoke(parse.invoke(parser, lines.invoke(null, text), unknown))).size();
                }
                return count;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the other build's parser failed", e);
            }
        };
    }

    private double pagesPerSecond(ThreadMXBean threads, LongSupplier pass, int pages) {
        long budget = (long) (roundSeconds * 1e9);
        long start = threads.getCurrentThreadCpuTime();
        long passes = 0;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() - start < budget) {
            sink += pass.getAsLong();
            passes++;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the work from being discarded");
        }
        return passes * pages / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private URL jarUrl() throws MalformedURLException {
        return other.toUri().toURL();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
