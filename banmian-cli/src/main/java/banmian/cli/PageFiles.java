package banmian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Arguments that name files or folders of them, as the bench commands take them. */
final class PageFiles {
    private PageFiles() {
    }

    /**
     * Files stand for themselves; a folder stands for its files ending in {@code .extension}, as
     * {@link banmian.pipeline.PageFiles#inFolder} finds them, and must hold some.
     */
    static List<Path> expand(List<Path> paths, String extension) throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try {
                List<Path> pages = banmian.pipeline.PageFiles.inFolder(path, List.of(extension));
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
