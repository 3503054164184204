package banmian.bench;

import banmian.cli.IoProblems;
import banmian.cli.UserError;
import banmian.pipeline.PageFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Arguments that name files or folders of them, as the bench commands take them. */
final class BenchFiles {
    private BenchFiles() {
    }

    /**
     * Files stand for themselves; a folder stands for its files ending in {@code .extension}, as
     * {@link PageFiles#inFolder} finds them, and must hold some.
     */
    static List<Path> expand(List<Path> paths, String extension) throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try {
                List<Path> pages = PageFiles.inFolder(path, List.of(extension));
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
