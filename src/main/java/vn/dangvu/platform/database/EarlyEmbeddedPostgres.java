package vn.dangvu.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the environment is
 * known, while Spring builds the rest of the context (decision 0282): the server's start
 * (unpacking, initdb on the first run, pg_ctl) no longer waits for the web server and the
 * beans before it. The {@code embeddedPostgres} bean takes the server started here, or
 * starts one itself when nothing was started early (tests, which do not go through
 * {@code main}). A start that fails is reported by the bean, as before; a server started
 * here that no bean took (the context failed first) is stopped.
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEvent> {

	private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedPostgres.class);

	private static final AtomicReference<CompletableFuture<EmbeddedPostgres>> started = new AtomicReference<>();

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent) {
			stopUntaken();
		}
	}

	private static void start(Environment env) {
		if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
			return;
		}
		CompletableFuture<EmbeddedPostgres> future = new CompletableFuture<>();
		if (!started.compareAndSet(null, future)) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				future.complete(EmbeddedDatabaseConfiguration.start(env));
			}
			catch (IOException | RuntimeException ex) {
				future.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The server started early, waiting for its start to finish; empty when none was.
	 * @return the running server, or null
	 * @throws IOException when the early start failed as the bean's own start would have
	 */
	static EmbeddedPostgres take() throws IOException {
		CompletableFuture<EmbeddedPostgres> future = started.getAndSet(null);
		if (future == null) {
			return null;
		}
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private static void stopUntaken() {
		CompletableFuture<EmbeddedPostgres> future = started.getAndSet(null);
		if (future == null) {
			return;
		}
		future.thenAccept((postgres) -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).exceptionally((ex) -> {
			log.warn("Embedded PostgreSQL started early could not be stopped", ex);
			return null;
		}).join();
	}

}
