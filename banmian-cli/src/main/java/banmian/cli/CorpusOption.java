package banmian.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the annotated corpora for the entity recogniser are. */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR", required = true,
            description = "Folder holding msra-train/ (as ../shared/corpus/ner).")
    Path corpus;
}
