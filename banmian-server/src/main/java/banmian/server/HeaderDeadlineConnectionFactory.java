package banmian.server;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP/1.1 connections whose requests must send their request line and headers whole within a deadline
 * counted from the request's first byte ({@link ServerBudgets#headerTimeout()}); a request that misses it
 * has its connection closed without an answer, as Jetty closes one that goes idle in its headers. Jetty 11
 * has only the idle timeout, which a client sending one header byte just inside it never meets: it would
 * hold its connection until the 8 KB header limit, for hours.
 * <p>
 * The parser is where a request begins and where its headers end, so the connection's parser reports
 * both: bytes given to it while it waits for a request line or headers arm the deadline (the first byte of
 * a request), and moving past the headers (to the body, the end of the request, or a refusal of a
 * malformed one) disarms it. Between the two a task waits on the connector's scheduler. A kept-alive
 * connection waiting for its next request has no deadline armed: that wait is the idle timeout's, and so
 * is a slow body (with Jetty's minimum request data rate).
 * <p>
 * {@code HttpChannel.Listener.onRequestBegin} was not enough: it fires only when the headers are done,
 * and nothing in Jetty 11 tells of a request's first byte but the parser ({@code HttpParser} sets its
 * begin time in {@code parseNext} when it leaves its start state).
 */
final class HeaderDeadlineConnectionFactory extends HttpConnectionFactory {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadlineConnectionFactory.class);
    private final Duration headerTimeout;

    HeaderDeadlineConnectionFactory(HttpConfiguration config, Duration headerTimeout) {
        super(config);
        this.headerTimeout = headerTimeout;
    }

    /** As {@link HttpConnectionFactory#newConnection} makes its connection, one with a header deadline. */
    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new DeadlineConnection(getHttpConfiguration(), connector, endPoint,
                isRecordHttpComplianceViolations(), headerTimeout);
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }

    private static final class DeadlineConnection extends HttpConnection {
        private final Duration headerTimeout;
        /** Guards the two fields below: the parser's thread arms and disarms, the scheduler's thread expires. */
        private final Object lock = new Object();
        /** The deadline of the request whose headers are arriving; null when none is. */
        private Scheduler.Task armed;
        /** Counts the deadlines armed, so that one that fires late cannot close the connection of a later request. */
        private long generation;

        DeadlineConnection(HttpConfiguration config, Connector connector, EndPoint endPoint, boolean recordComplianceViolations,
                           Duration headerTimeout) {
            super(config, connector, endPoint, recordComplianceViolations);
            this.headerTimeout = headerTimeout;
        }

        /** As {@link HttpConnection#newHttpParser} makes its parser (called from its constructor), one that reports here. */
        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            HttpParser parser = new ReportingParser(this, newRequestHandler(), getHttpConfiguration().getRequestHeaderSize(), compliance);
            parser.setHeaderCacheSize(getHttpConfiguration().getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(getHttpConfiguration().isHeaderCacheCaseSensitive());
            return parser;
        }

        /** A request's line or headers are arriving: its deadline starts now unless it already runs. */
        void headerBytesArrived() {
            synchronized (lock) {
                if (armed == null) {
                    long deadline = ++generation;
                    armed = getConnector().getScheduler().schedule(() -> expire(deadline), headerTimeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }

        /** The headers are done (or the request refused, or the connection closed): no deadline until the next request. */
        void disarm() {
            Scheduler.Task task;
            synchronized (lock) {
                task = armed;
                armed = null;
            }
            if (task != null) {
                task.cancel();
            }
        }

        private void expire(long deadline) {
            synchronized (lock) {
                if (armed == null || generation != deadline) {
                    return;
                }
                armed = null;
            }
            LOG.debug("closing {}: request headers not complete within {}", getEndPoint(), headerTimeout);
            getEndPoint().close(new TimeoutException("request headers not complete within " + headerTimeout.toMillis() + " ms"));
        }

        @Override
        public void onClose(Throwable cause) {
            disarm();
            super.onClose(cause);
        }
    }

    /** Jetty's parser, telling its connection when a request's headers begin to arrive and when they are done. */
    private static final class ReportingParser extends HttpParser {
        private final DeadlineConnection connection;

        ReportingParser(DeadlineConnection connection, RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
            this.connection = connection;
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            // The start state counts as the headers' too: padding before a request line is bytes of the request.
            if (buffer.hasRemaining() && inHeaderState()) {
                connection.headerBytesArrived();
            }
            try {
                return super.parseNext(buffer);
            } finally {
                if (!inHeaderState()) {
                    connection.disarm();
                }
            }
        }
    }
}
