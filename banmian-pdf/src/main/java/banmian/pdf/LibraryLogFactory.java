package banmian.pdf;

import banmian.limits.PageBudget;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where PDFBox's commons-logging messages go (registered in {@code META-INF/services}, which
 * commons-logging consults before looking for SLF4J). PDFBox warns once per bad operator, with a
 * stack trace: a 3 KB file of a million unbalanced {@code Q} wrote 1.8 GB to stderr. Here a warning
 * raised while a page is read is counted by kind in that page's {@link PageBudget} and reported once
 * per page; one raised elsewhere goes to stderr, a few at most per process. Debug and info are off.
 */
public final class LibraryLogFactory extends LogFactory {
    /** Warnings outside any page printed per process before the rest are only counted. */
    private static final long UNTIED_WARNINGS_SHOWN = 20;
    private static final AtomicLong UNTIED_WARNINGS = new AtomicLong();

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Map<String, Log> logs = new ConcurrentHashMap<>();

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, PageLog::new);
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** Library name for messages: the second part of the logger's package, {@code org.apache.pdfbox…} → PDFBox. */
    static String library(String loggerName) {
        if (loggerName.startsWith("org.apache.pdfbox")) {
            return "PDFBox";
        }
        if (loggerName.startsWith("org.apache.fontbox")) {
            return "FontBox";
        }
        return loggerName;
    }

    /** Warnings and errors to the running page's budget; nothing below a warning. */
    private static final class PageLog implements Log {
        private final String library;

        PageLog(String name) {
            this.library = library(name);
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isFatalEnabled() {
            return true;
        }

        @Override
        public void trace(Object message) {
        }

        @Override
        public void trace(Object message, Throwable t) {
        }

        @Override
        public void debug(Object message) {
        }

        @Override
        public void debug(Object message, Throwable t) {
        }

        @Override
        public void info(Object message) {
        }

        @Override
        public void info(Object message, Throwable t) {
        }

        @Override
        public void warn(Object message) {
            report(message);
        }

        @Override
        public void warn(Object message, Throwable t) {
            report(message);
        }

        @Override
        public void error(Object message) {
            report(message);
        }

        @Override
        public void error(Object message, Throwable t) {
            report(message);
        }

        @Override
        public void fatal(Object message) {
            report(message);
        }

        @Override
        public void fatal(Object message, Throwable t) {
            report(message);
        }

        private void report(Object message) {
            String text = String.valueOf(message);
            PageBudget.current().ifPresentOrElse(budget -> budget.libraryMessage(library, text), () -> untied(text));
        }

        private void untied(String text) {
            long seen = UNTIED_WARNINGS.incrementAndGet();
            if (seen <= UNTIED_WARNINGS_SHOWN) {
                String line = text.length() > 200 ? text.substring(0, 200) + "…" : text;
                System.err.println("banmian: " + library + ": " + line.replace('\n', ' ')
                        + (seen == UNTIED_WARNINGS_SHOWN ? " (further such messages are not shown)" : ""));
            }
        }
    }
}
