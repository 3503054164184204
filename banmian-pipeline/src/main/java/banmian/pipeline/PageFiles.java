package banmian.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The folder walker every command that takes folders uses (ingest, serve, the benchmarks): a file
 * stands for itself; a folder for its page files, found the same way everywhere.
 */
public final class PageFiles {
    /** What a folder of pages holds: page PDFs and text layers. */
    public static final List<String> PAGES = List.of("txt", "pdf");

    private PageFiles() {
    }

    /** Files as given, and under each folder its files with one of the {@code extensions}, as {@link #inFolder} finds them. */
    public static List<Path> expand(List<Path> arguments, List<String> extensions) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                files.addAll(inFolder(argument, extensions));
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    /**
     * The regular files under {@code folder}, in its sub-folders too, whose names end in {@code .}
     * and one of the {@code extensions} (in any case), in path order; hidden files ({@code .name},
     * an editor's or a sync tool's) are left out.
     */
    public static List<Path> inFolder(Path folder, List<String> extensions) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
                    })
                    .sorted().toList();
        }
    }
}
