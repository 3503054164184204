package banmian.server;

import banmian.archive.Archive;
import banmian.archive.ArchiveFixtures;
import banmian.model.Page;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** The archive fixtures served on a free loopback port, and an HTTP client for them. */
final class ServedArchive implements AutoCloseable {
    final Archive archive;
    final ArchiveServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    ServedArchive(Path data) throws IOException {
        archive = Archive.openForWriting(data);
        for (Page page : ArchiveFixtures.all()) {
            archive.add(page, "fixture-" + page.meta());
        }
        archive.flush();
        server = ArchiveServer.start(archive, true, "127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        archive.close();
    }
}
