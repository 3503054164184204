package banmian.cli;

import banmian.archive.Archive;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the archive lives. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Archive directory (default: ${DEFAULT-VALUE}).")
    Path data = Archive.DEFAULT_DATA;
}
