package banmian.pipeline;

import banmian.model.Page;
import banmian.nlp.Enricher;
import banmian.nlp.EntityLexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Enrichment for any number of threads. An {@link Enricher} serves one thread at a time, so each page
 * is enriched by an idle one, and one is made only when none is idle: there are never more enrichers
 * than threads enriching at once (ingest's workers; one for the server's uploads, which take turns).
 */
public final class Enrichers {
    private final EntityLexicon lexicon;
    private final Deque<Enricher> idle = new ConcurrentLinkedDeque<>();

    public Enrichers(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The built-in entity rules, shared by every flow that uses them. */
    public static Enrichers builtIn() {
        return BuiltIn.ENRICHERS;
    }

    /** The built-in rules extended by a user's file ({@link EntityLexicon#withUserFile}). */
    public static Enrichers withUserFile(Path file) throws IOException {
        return new Enrichers(EntityLexicon.withUserFile(file));
    }

    /** The page with every article enriched ({@link Enricher#enrich}). */
    public Page enrich(Page page) {
        Enricher enricher = idle.poll();
        if (enricher == null) {
            enricher = new Enricher(lexicon);
        }
        try {
            return enricher.enrich(page);
        } finally {
            idle.push(enricher);
        }
    }

    /** Made on first use: reading the rules is no cost to a flow that never enriches. */
    private static final class BuiltIn {
        static final Enrichers ENRICHERS = new Enrichers(EntityLexicon.builtIn());
    }
}
