package vn.dangvu.rules.revision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.dangvu.platform.request.RequestMemo;

/**
 * What this node last read of the rules and the working-day calendar, each value with the
 * revision of those tables it was read at (decision 0260). The database raises the
 * revision in every transaction that changes them (a trigger, V702), so a read asks one
 * small statement per request, {@code select n from rules_revision}, and reads the tables
 * again only when any node, a migration or a hand-made change moved it. Nothing is kept
 * from a transaction that writes: it could see its own uncommitted change. Public for the
 * features {@code rules.version} and {@code rules.calendar}.
 */
@Component
@RequiredArgsConstructor
public class RulesRevision {

	/** More keys than the rules and calendar spans a node asks: then it starts afresh. */
	static final int MAX_ENTRIES = 1_000;

	private final JdbcClient jdbc;

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

	private record Entry(long revision, Object value) {
	}

	/**
	 * The value kept under the key at the current revision, or the reader's answer (kept
	 * unless the transaction writes). Values must be immutable; keys say what the value
	 * is and of what, e.g. {@code List.of("rule.history", key)}.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(Object key, Supplier<T> read) {
		if (writing()) {
			return read.get();
		}
		long revision = revision();
		Entry kept = this.entries.get(key);
		if (kept != null && kept.revision() == revision) {
			return (T) kept.value();
		}
		// Read after the revision: never older than it (a newer read is kept at the older
		// revision and read again at the next request that sees the newer one).
		T value = read.get();
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(revision, value));
		return value;
	}

	/** The revision, asked once per page request. */
	private long revision() {
		return RequestMemo.get(List.of("rules.revision"),
				() -> this.jdbc.sql("select n from rules_revision where id = 1").query(Long.class).single());
	}

	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
