package vn.dangvu.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database failing for the requests one test thread makes, the way it fails in the
 * cluster (decision 0250), without touching other threads or the shared context:
 * <ul>
 * <li>{@link #readOnly}: every connection taken is a real one with
 * {@code default_transaction_read_only} on, as on a standby that was the primary: reads
 * work, the first write fails with PostgreSQL's own SQLState 25006;</li>
 * <li>{@link #unreachable}: every connection taken is a real attempt to reach a
 * PostgreSQL address where nothing listens (SQLState 08001).</li>
 * </ul>
 * MockMvc runs a request in the calling thread, so the outage covers exactly the requests
 * made inside the callback. {@link Config} (imported by {@code @IntegrationTest}) wraps
 * the application's data source once for all tests.
 */
public final class DatabaseOutage {

	private enum Kind {

		READ_ONLY, UNREACHABLE

	}

	private static final ThreadLocal<Kind> CURRENT = new ThreadLocal<>();

	private DatabaseOutage() {
	}

	public static <T> T readOnly(Callable<T> action) throws Exception {
		return during(Kind.READ_ONLY, action);
	}

	public static <T> T unreachable(Callable<T> action) throws Exception {
		return during(Kind.UNREACHABLE, action);
	}

	private static <T> T during(Kind kind, Callable<T> action) throws Exception {
		CURRENT.set(kind);
		try {
			return action.call();
		}
		finally {
			CURRENT.remove();
		}
	}

	/** The switch around the application's data source. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static BeanPostProcessor databaseOutageSwitch() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return ("dataSource".equals(name) && bean instanceof DataSource ds) ? new Switch(ds) : bean;
				}
			};
		}

	}

	static final class Switch extends DelegatingDataSource {

		Switch(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Kind kind = CURRENT.get();
			if (kind == Kind.UNREACHABLE) {
				DriverManager.getConnection("jdbc:postgresql://127.0.0.1:1/dangvu?connectTimeout=2", "x", "x").close();
				throw new IllegalStateException("Something listens on 127.0.0.1:1");
			}
			Connection connection = super.getConnection();
			return (kind == Kind.READ_ONLY) ? readOnly(connection) : connection;
		}

		private static Connection readOnly(Connection real) throws SQLException {
			try (Statement s = real.createStatement()) {
				s.execute("set session default_transaction_read_only = on");
			}
			return (Connection) Proxy.newProxyInstance(Switch.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if ("close".equals(method.getName())) {
							restore(real);
						}
						try {
							return method.invoke(real, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

		/** Back to the pool as it was, or out of it when that fails. */
		private static void restore(Connection real) throws SQLException {
			try {
				if (!real.getAutoCommit()) {
					real.rollback();
				}
				try (Statement s = real.createStatement()) {
					s.execute("reset default_transaction_read_only");
				}
			}
			catch (SQLException ex) {
				real.abort(Runnable::run);
			}
		}

	}

}
