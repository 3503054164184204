package banmian.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A binary classifier of gradient-boosted regression trees over named numeric features, fitted to
 * the logistic loss with second-order (Newton) leaf values as XGBoost does, on features cut into at
 * most {@link #BINS} bins. Small, shallow trees: the decision for a line combines a few
 * cues at a time (a title-shaped line that stands alone, unless the page is a page of long
 * articles …), which one weighted sum cannot express.
 *
 * <p>Why not a library: Tribuo (the Java ML library Maven Central serves here) boosts trees only
 * through XGBoost's native code (its own trees are random forests and single CART trees); this
 * scores a line in about a thousand comparisons and keeps the model a readable text file, one node
 * per line ({@code node tree index feature cut left right value}).
 */
public final class BoostedTrees {
    /** Bins per feature when searching splits (at most 128: a row's bin is kept in a byte). */
    private static final int BINS = 64;
    private static final String THRESHOLD = "threshold";

    /** How a model is grown. */
    public record Settings(int trees, int depth, double learningRate, double l2, double minChildWeight) {
        /** XGBoost's own defaults for the leaf penalty and child weight; shallower trees, a smaller step, more of them. */
        public static final Settings DEFAULTS = new Settings(300, 4, 0.1, 1.0, 1.0);
    }

    /** One node of a tree: a split on {@code feature} at {@code cut} (indices of its children in the tree), or a leaf ({@code feature} -1). */
    private record Node(int feature, double cut, int left, int right, double value) {
        boolean isLeaf() {
            return feature < 0;
        }
    }

    private final List<String> features;
    private final Node[][] trees;
    private final double threshold;

    private BoostedTrees(List<String> features, Node[][] trees, double threshold) {
        this.features = List.copyOf(features);
        this.trees = trees;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** This model deciding the positive class from probability {@code newThreshold} on. */
    public BoostedTrees withThreshold(double newThreshold) {
        return new BoostedTrees(features, trees, newThreshold);
    }

    public double probability(double[] x) {
        if (x.length != features.size()) {
            throw new IllegalArgumentException("expected " + features.size() + " features, got " + x.length);
        }
        double margin = 0;
        for (Node[] tree : trees) {
            margin += leafValue(tree, x);
        }
        return sigmoid(margin);
    }

    /** The value of the leaf {@code x} reaches in {@code tree}. */
    private static double leafValue(Node[] tree, double[] x) {
        Node node = tree[0];
        while (!node.isLeaf()) {
            node = tree[x[node.feature()] <= node.cut() ? node.left() : node.right()];
        }
        return node.value();
    }

    private static double sigmoid(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }

    /** Whether {@code x} belongs to the positive class: its probability reaches the threshold. */
    public boolean decides(double[] x) {
        return probability(x) >= threshold;
    }

    /** How often each feature is split on, over all trees: a rough importance. */
    public int[] splitCounts() {
        int[] counts = new int[features.size()];
        for (Node[] tree : trees) {
            for (Node node : tree) {
                if (!node.isLeaf()) {
                    counts[node.feature()]++;
                }
            }
        }
        return counts;
    }

    /** Fits trees to rows {@code x} (values in the order of {@code features}) with labels {@code y}. */
    public static BoostedTrees fit(List<String> features, List<double[]> x, List<Boolean> y, Settings settings) {
        int n = x.size();
        int d = features.size();
        if (n == 0 || y.size() != n) {
            throw new IllegalArgumentException("need as many labels as rows, and some rows: " + n + " rows, " + y.size() + " labels");
        }
        double[][] cuts = new double[d][];
        byte[][] bins = new byte[d][n];
        for (int j = 0; j < d; j++) {
            cuts[j] = cutPoints(x, j);
            for (int i = 0; i < n; i++) {
                bins[j][i] = (byte) binOf(cuts[j], x.get(i)[j]);
            }
        }
        double[] margin = new double[n];
        double[] gradient = new double[n];
        double[] hessian = new double[n];
        List<Node[]> trees = new ArrayList<>();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int t = 0; t < settings.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double p = sigmoid(margin[i]);
                gradient[i] = p - (y.get(i) ? 1 : 0);
                hessian[i] = Math.max(p * (1 - p), 1e-6);
            }
            Tree tree = new Tree();
            tree.grow(all, 0, settings, bins, cuts, gradient, hessian);
            Node[] grown = tree.nodes.toArray(new Node[0]);
            // Cuts lie between values the rows hold, so the raw values go where their bins went.
            for (int i = 0; i < n; i++) {
                margin[i] += leafValue(grown, x.get(i));
            }
            trees.add(grown);
        }
        return new BoostedTrees(features, trees.toArray(new Node[0][]), 0.5);
    }

    /**
     * Cuts between the bins of feature {@code j}: every distinct value but the largest when there are at
     * most {@link #BINS} (rare values get a bin of their own), else quantile edges; each cut lies halfway
     * between a value and the next larger one in the data, so that a value the data holds is never on
     * a cut (what the rows of a bin share survives the model being written and read back).
     */
    private static double[] cutPoints(List<double[]> x, int j) {
        double[] values = new double[x.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = x.get(i)[j];
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("feature " + j + " of row " + i + " is " + values[i]);
            }
        }
        double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
        List<Double> cuts = new ArrayList<>();
        if (distinct.length <= BINS) {
            for (int k = 0; k + 1 < distinct.length; k++) {
                cuts.add((distinct[k] + distinct[k + 1]) / 2);
            }
        } else {
            Arrays.sort(values);
            for (int b = 1; b < BINS; b++) {
                double edge = values[(int) ((long) b * (values.length - 1) / BINS)];
                int next = Arrays.binarySearch(distinct, edge) + 1;
                double cut = next < distinct.length ? (edge + distinct[next]) / 2 : edge;
                if (next < distinct.length && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
                    cuts.add(cut);
                }
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The bin of {@code v}: the first cut at or above it, or past the last cut. */
    private static int binOf(double[] cuts, double v) {
        int low = 0;
        int high = cuts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cuts[mid] >= v) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** One tree while it grows: splits searched on bins, kept as the raw cut between them. */
    private static final class Tree {
        final List<Node> nodes = new ArrayList<>();

        /** Grows the subtree of {@code rows} at {@code depth}; returns its root's index. */
        int grow(int[] rows, int depth, Settings settings, byte[][] bins, double[][] cuts, double[] gradient, double[] hessian) {
            int node = nodes.size();
            double g = 0;
            double h = 0;
            for (int i : rows) {
                g += gradient[i];
                h += hessian[i];
            }
            double value = -g / (h + settings.l2()) * settings.learningRate();
            nodes.add(new Node(-1, 0, -1, -1, value));
            if (depth == settings.depth()) {
                return node;
            }
            double parentScore = g * g / (h + settings.l2());
            double bestGain = 1e-9;
            int bestFeature = -1;
            int bestBin = -1;
            for (int j = 0; j < bins.length; j++) {
                int binCount = cuts[j].length + 1;
                double[] gs = new double[binCount];
                double[] hs = new double[binCount];
                for (int i : rows) {
                    gs[bins[j][i]] += gradient[i];
                    hs[bins[j][i]] += hessian[i];
                }
                double gl = 0;
                double hl = 0;
                for (int b = 0; b + 1 < binCount; b++) {
                    gl += gs[b];
                    hl += hs[b];
                    double gr = g - gl;
                    double hr = h - hl;
                    if (hl < settings.minChildWeight() || hr < settings.minChildWeight()) {
                        continue;
                    }
                    double gain = gl * gl / (hl + settings.l2()) + gr * gr / (hr + settings.l2()) - parentScore;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = j;
                        bestBin = b;
                    }
                }
            }
            if (bestFeature < 0) {
                return node;
            }
            int leftCount = 0;
            for (int i : rows) {
                leftCount += bins[bestFeature][i] <= bestBin ? 1 : 0;
            }
            int[] leftRows = new int[leftCount];
            int[] rightRows = new int[rows.length - leftCount];
            int l = 0;
            int r = 0;
            for (int i : rows) {
                if (bins[bestFeature][i] <= bestBin) {
                    leftRows[l++] = i;
                } else {
                    rightRows[r++] = i;
                }
            }
            int leftNode = grow(leftRows, depth + 1, settings, bins, cuts, gradient, hessian);
            int rightNode = grow(rightRows, depth + 1, settings, bins, cuts, gradient, hessian);
            nodes.set(node, new Node(bestFeature, cuts[bestFeature][bestBin], leftNode, rightNode, value));
            return node;
        }
    }

    private static double finite(String text) {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + text);
        }
        return value;
    }

    private static double probability(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a threshold is a probability, not " + value);
        }
        return value;
    }

    /** Writes the features (one {@code feature NAME} line each), the threshold, and every node. */
    public void write(Writer out) throws IOException {
        for (String name : features) {
            out.write("feature\t" + name + "\n");
        }
        out.write(THRESHOLD + "\t" + format(threshold) + "\n");
        for (int t = 0; t < trees.length; t++) {
            for (int k = 0; k < trees[t].length; k++) {
                Node node = trees[t][k];
                out.write("node\t" + t + "\t" + k + "\t" + node.feature() + "\t" + format(node.cut()) + "\t"
                        + node.left() + "\t" + node.right() + "\t" + format(node.value()) + "\n");
            }
        }
    }

    /** Exactly (the shortest text that reads back as the same double): a cut written rounded would move rows across it. */
    private static String format(double v) {
        return Double.toString(v);
    }

    /**
     * Reads a model written by {@link #write}; its features must be {@code expected}, in that order
     * (a model trained on other features is refused rather than silently misread).
     */
    public static BoostedTrees read(InputStream in, List<String> expected) {
        List<String> names = new ArrayList<>();
        double threshold = 0.5;
        List<List<Node>> trees = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                try {
                    switch (cells[0]) {
                        case "feature" -> names.add(cells[1]);
                        case THRESHOLD -> threshold = probability(Double.parseDouble(cells[1]));
                        case "node" -> {
                            int tree = Integer.parseInt(cells[1]);
                            if (tree != trees.size() - 1 && tree != trees.size()) {
                                throw new IllegalArgumentException("trees out of order");
                            }
                            if (tree == trees.size()) {
                                trees.add(new ArrayList<>());
                            }
                            if (Integer.parseInt(cells[2]) != trees.get(tree).size()) {
                                throw new IllegalArgumentException("nodes out of order");
                            }
                            trees.get(tree).add(new Node(Integer.parseInt(cells[3]), finite(cells[4]),
                                    Integer.parseInt(cells[5]), Integer.parseInt(cells[6]), finite(cells[7])));
                        }
                        default -> throw new IllegalArgumentException("unknown line");
                    }
                } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                    throw new IllegalArgumentException("model line with missing or unreadable fields: " + line, e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("model line refused (" + e.getMessage() + "): " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!names.equals(expected) || trees.isEmpty()) {
            throw new IllegalArgumentException("model features " + names + " are not the expected " + expected);
        }
        Node[][] read = new Node[trees.size()][];
        for (int t = 0; t < trees.size(); t++) {
            read[t] = trees.get(t).toArray(new Node[0]);
            for (int k = 0; k < read[t].length; k++) {
                Node node = read[t][k];
                boolean childrenInside = node.left() > k && node.right() > k && node.left() < read[t].length && node.right() < read[t].length;
                if (node.feature() >= names.size() || node.feature() < -1 || !node.isLeaf() && !childrenInside) {
                    throw new IllegalArgumentException("model tree " + t + " node " + k + " points outside its tree");
                }
            }
        }
        return new BoostedTrees(names, read, threshold);
    }
}
