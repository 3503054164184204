package banmian.archive;

import banmian.model.PageMeta;

import java.nio.file.Path;
import java.util.List;

/**
 * An ingest in a process of its own, for the test that kills it: {@code DATA FOLDER}. It commits
 * after every page and says so on stdout, so the test knows there is something to lose.
 */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Archive archive = Archive.openForWriting(Path.of(args[0]))) {
            Ingestor.ingest(archive, List.of(Path.of(args[1])),
                    new Ingestor.Options(new PageMeta("人民日报", null, null, null), false, 1, 1), new Ingestor.Listener() {
                        @Override
                        public void fileDone(int done, int total) {
                            System.out.println("done " + done);
                            System.out.flush();
                        }

                        @Override
                        public void problem(String message) {
                            System.out.println("problem " + message);
                        }
                    });
        }
    }
}
