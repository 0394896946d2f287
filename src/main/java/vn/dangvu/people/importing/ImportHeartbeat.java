package vn.dangvu.people.importing;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.jobs.NodeName;

/**
 * Import jobs on several nodes (decision 0224). Each job carries the node that runs it;
 * while it runs, the node marks it alive every few seconds. Before the web server opens,
 * a starting node fails its own jobs left running (it has just started: none of them is
 * running), and from then on any node fails a job nobody has kept alive for
 * {@code dangvu.people.import.stale-after} (a node that died and stays dead). On one
 * machine that is the decision 0151 behaviour; in a cluster another node's live import is
 * left alone.
 */
@Component
class ImportHeartbeat implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

	private final ImportJobs jobs;

	private final String node;

	private final Duration staleAfter;

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean ticking = new AtomicBoolean();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "people-import-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	ImportHeartbeat(ImportJobs jobs, NodeName node,
			@Value("${dangvu.people.import.stale-after:PT30S}") Duration staleAfter) {
		this.jobs = jobs;
		this.node = node.get();
		this.staleAfter = staleAfter;
	}

	String node() {
		return this.node;
	}

	void started(long jobId) {
		this.running.add(jobId);
	}

	void ended(long jobId) {
		this.running.remove(jobId);
	}

	/** Marks this node's running jobs alive and fails the jobs nobody keeps alive. */
	void tick() {
		this.jobs.beat(this.running);
		this.jobs.failInterrupted(null, this.staleAfter);
	}

	/**
	 * On start, before the web server opens: fails this node's jobs left running and the
	 * stale ones, then keeps ticking (once, however often it is called).
	 * @return how many jobs were failed now
	 */
	int start() {
		int failed = this.jobs.failInterrupted(this.node, this.staleAfter);
		if (!this.ticking.compareAndSet(false, true)) {
			return failed;
		}
		long every = Math.max(1, this.staleAfter.toMillis() / 6);
		this.ticker.scheduleWithFixedDelay(() -> {
			try {
				tick();
			}
			catch (RuntimeException ex) {
				log.warn("People import heartbeat failed (the database may be switching over): {}", ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		return failed;
	}

	@Override
	public void destroy() {
		this.ticker.shutdownNow();
	}

}
