package banmian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's Java API example is code that works: the test takes the {@code java} block of the
 * README's "Java API" section as it stands, compiles it against the test class path, runs it on the
 * bundled example page, and checks that it prints what the README says it prints.
 */
class ReadmeExampleTest {
    /** Tests run in the module's folder; the README is the repository's. */
    private static final Path README = Path.of("../README.md");
    private static final Path EXAMPLE_PAGE = Path.of("../examples/sample-page.txt");
    private static final Pattern SECTION = Pattern.compile("(?s)\\n## Java API\\n(.*?)(?:\\n## |$)");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
    /** The block after the example, which shows its output. */
    private static final Pattern OUTPUT_BLOCK = Pattern.compile("(?s)```java\\n.*?```.*?```\\n(.*?)```");
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

    @TempDir
    Path classes;

    @Test
    void theReadmeExampleCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
        String section = group(SECTION, Files.readString(README));
        String source = group(JAVA_BLOCK, section);
        String className = group(CLASS_NAME, source);
        Path sourceFile = Files.writeString(Files.createDirectories(classes.resolve("src")).resolve(className + ".java"), source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests need a JDK, not a JRE");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "--release", "17", "-Xlint:all", "-Werror",
                "-classpath", testClassPath(), "-d", classes.toString(), sourceFile.toString());
        assertEquals(0, status, "the README's example does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

        String printed;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            printed = capturingStdout(() -> main.invoke(null, (Object) new String[] {EXAMPLE_PAGE.toString()}));
        }
        assertEquals(List.of("城东晚报 2026-11-25 p3", "城东新区首座社区图书馆开放 [张明, 王秀兰]", "银杏大道迎来最佳观赏期 [李华]"),
                printed.lines().toList(), "the example page's paper, date, page, headlines and people");
        assertEquals(group(OUTPUT_BLOCK, section), printed, "the README shows what the example prints");
    }

    /** Surefire runs the tests from a manifest-only jar; the class path proper is in this property. */
    private static String testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assertTrue(classPath.contains("banmian-pipeline"), classPath);
        return classPath;
    }

    private interface Run {
        void run() throws Exception;
    }

    private static String capturingStdout(Run run) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "README.md: nothing matches " + pattern);
        return matcher.group(1);
    }
}
