package banmian.cli;

import banmian.limits.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --limit NAME=VALUE}: bounds on the work one input may cause (see {@link banmian.limits.Limit}). */
final class LimitOptions {
    @Option(names = "--limit", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Raise or lower a bound on one input's work, e.g. page-seconds=60 (see 'Limits' below).")
    Map<String, String> settings = new LinkedHashMap<>();

    Limits limits() throws UserError {
        try {
            return Limits.DEFAULT.with(settings);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput("--limit: " + e.getMessage());
        }
    }

    /** Adds the list of limits and their defaults to the help of every command that takes {@code --limit}. */
    static void describeIn(CommandLine commandLine) {
        for (CommandLine command : commandLine.getSubcommands().values()) {
            if (command.getCommandSpec().options().stream().noneMatch(option -> option.longestName().equals("--limit"))) {
                continue;
            }
            List<String> footer = new ArrayList<>(List.of(command.getCommandSpec().usageMessage().footer()));
            footer.add("");
            footer.add("Limits (--limit NAME=VALUE; an input over one is refused, naming it):");
            Limits.describeDefaults().lines().map(line -> "  " + line).forEach(footer::add);
            command.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        }
    }
}
