package banmian.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar as users get it ({@code target/banmian.jar}, built in the package phase; the pom runs
 * this class after it, in the integration-test phase): it says its version, its service files are
 * merged, and no benchmark code is in it.
 */
class ShadedJarCheck {
    private static final Path JAR = Path.of(System.getProperty("banmian.jar", "target/banmian.jar"));
    private static final String VERSION = System.getProperty("banmian.version");

    @Test
    void versionComesFromTheManifestAndTheBuild() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals("banmian.cli.Main", manifest.getValue(Attributes.Name.MAIN_CLASS));
            assertEquals(VERSION, manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "java -jar banmian.jar --version did not end");
        assertEquals(0, process.exitValue(), out);
        assertEquals("banmian " + VERSION + "\n", out);
    }

    /** Service files of several jars are merged, not the first one kept: PDFBox's logging and Lucene's codecs depend on it. */
    @Test
    void serviceFilesAreMerged() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertTrue(service(jar, "org.apache.commons.logging.LogFactory").contains("banmian.pdf.LibraryLogFactory"));
            // lucene-core and lucene-analysis-common each list tokenizers: both lists must be there.
            List<String> tokenizers = service(jar, "org.apache.lucene.analysis.TokenizerFactory");
            assertTrue(tokenizers.contains("org.apache.lucene.analysis.standard.StandardTokenizerFactory"), tokenizers::toString);
            assertTrue(tokenizers.contains("org.apache.lucene.analysis.classic.ClassicTokenizerFactory"), tokenizers::toString);
        }
    }

    @Test
    void noBenchmarkCodeShips() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> bench = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("banmian/bench/") || name.matches("banmian/.*/(LoadTest|SyntheticArchive|Bench\\w*)\\.class"))
                    .toList();
            assertEquals(List.of(), bench);
        }
    }

    private static List<String> service(JarFile jar, String name) throws IOException {
        var entry = jar.getEntry("META-INF/services/" + name);
        assertNotNull(entry, "META-INF/services/" + name + " is missing");
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
