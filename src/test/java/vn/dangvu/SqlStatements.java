package vn.dangvu;

import java.util.List;
import java.util.concurrent.Callable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the SQL statements the current thread sends through Spring's JdbcTemplate (and
 * so JdbcClient) while some work runs, from JdbcTemplate's own debug log: what a page
 * costs in round trips, independent of the machine's speed.
 */
public final class SqlStatements {

	private SqlStatements() {
	}

	public record Counted<T>(T result, List<String> statements) {

		public int count() {
			return this.statements.size();
		}

	}

	public static <T> Counted<T> during(Callable<T> work) throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		String thread = Thread.currentThread().getName();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		try {
			T result = work.call();
			List<String> statements = appender.list.stream()
				.filter((e) -> thread.equals(e.getThreadName()))
				.map(ILoggingEvent::getFormattedMessage)
				.filter((m) -> m.startsWith("Executing prepared SQL statement") || m.startsWith("Executing SQL"))
				.toList();
			return new Counted<>(result, statements);
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
			appender.stop();
		}
	}

}
