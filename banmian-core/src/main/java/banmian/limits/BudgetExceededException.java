package banmian.limits;

/**
 * A page asked for more work than its {@link Limits} allow. The message is one line that says which
 * page, what ran over and how to raise the bound ({@code page 3: more than 10000000 content-stream
 * operators (limit page-operators=10000000)}); callers prefix the input's name.
 */
public final class BudgetExceededException extends RuntimeException {
    private final Limit limit;

    public BudgetExceededException(Limit limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
