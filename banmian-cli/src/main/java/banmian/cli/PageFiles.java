package banmian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Arguments that name files or folders of them, as the bench commands take them. */
final class PageFiles {
    private PageFiles() {
    }

    /**
     * Files stand for themselves; a directory stands for its files ending in {@code .extension}, in
     * name order, so that a corpus folder can be given as it is.
     */
    static List<Path> expand(List<Path> paths, String extension) throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> entries = Files.list(path)) {
                List<Path> pages = entries.filter(Files::isRegularFile)
                        .filter(entry -> entry.getFileName().toString().endsWith("." + extension)).sorted().toList();
                if (pages.isEmpty()) {
                    throw UserError.badInput(path + ": no *." + extension + " files in this directory");
                }
                files.addAll(pages);
            } catch (IOException e) {
                throw UserError.badInput(IoProblems.describe(path, e));
            }
        }
        return files;
    }
}
