package banmian.pdf.synth;

import banmian.testing.SharedCorpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic pages the tests share, made once per test JVM: page {@code i} has type
 * {@code PageType.values()[i % 7]} and the seed {@link #SEED}'s {@code i}-th seed, so a page named in a floor
 * row is the same page on every machine.
 */
final class SyntheticPages {
    static final long SEED = 20191001;
    private static Synthesizer synthesizer;
    private static final List<Synthesizer.SynthPage> MADE = new ArrayList<>();

    private SyntheticPages() {
    }

    static synchronized Synthesizer synthesizer() {
        if (synthesizer == null) {
            synthesizer = new Synthesizer(new ArticleSource(SharedCorpus.file("corpus/articles/rmrb-2019-10")));
        }
        return synthesizer;
    }

    /** The first {@code count} pages of the tests' seed. */
    static synchronized List<Synthesizer.SynthPage> first(int count) {
        while (MADE.size() < count) {
            int index = MADE.size();
            MADE.add(synthesizer().page(Synthesizer.type(index), Synthesizer.seed(SEED, index)));
        }
        return List.copyOf(MADE.subList(0, count));
    }
}
