package banmian.bench;

import banmian.cli.Terminal;
import banmian.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load-test", sortOptions = false,
        description = {"Load a running server (banmian serve): --clients threads send GET requests for the PATHs",
            "in turn until --load-requests have been sent or --load-seconds have passed, then print",
            "requests/s and latency percentiles. Anything but a 200 counts as an error.",
            "Exit status: 0 measured (errors are counted in the report); 2 unusable options."})
final class LoadTestCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/.")
    URI server;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = "Paths to request in turn, URL-encoded, e.g. /api/search?q=%E6%96%B0%E6%97%B6%E4%BB%A3.")
    List<String> paths;

    @Mixin
    LoadOptions load;

    LoadTestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        load.check();
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw UserError.badInput(server + ": give the server's http:// address");
        }
        terminal.print(load.clients + " clients, " + load.run(server, paths) + "\n");
        return 0;
    }
}
