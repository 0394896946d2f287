package vn.dangvu.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

/**
 * What the demo seeds hand on to each other: today's date and the ids they created under
 * their demo keys (unit codes, person keys), so a later seed finds "CB-CAUTREO" without
 * knowing whose table it is in.
 */
@RequiredArgsConstructor
public final class DemoContext {

	/** Who demo writes are recorded as in audit and logs. */
	public static final String RECORDED_BY = "demo";

	/** The password of every demo account. */
	public static final String PASSWORD = "demo123";

	private final LocalDate today;

	private final Map<String, Map<String, Long>> ids = new HashMap<>();

	private final List<String> histories = new ArrayList<>();

	public LocalDate today() {
		return this.today;
	}

	/**
	 * Records the ids a seed created, under a kind ("unit", "person") and their demo
	 * keys.
	 */
	public void put(String kind, Map<String, Long> idsByKey) {
		this.ids.computeIfAbsent(kind, (k) -> new HashMap<>()).putAll(idsByKey);
	}

	/** The ids of one kind by demo key; empty when no seed recorded that kind. */
	public Map<String, Long> ids(String kind) {
		return Map.copyOf(this.ids.getOrDefault(kind, Map.of()));
	}

	/** One id; fails loudly when a seed asks for a key nobody created. */
	public long id(String kind, String key) {
		Long id = this.ids.getOrDefault(kind, Map.of()).get(key);
		if (id == null) {
			throw new IllegalStateException("No demo " + kind + " with key " + key);
		}
		return id;
	}

	/**
	 * Offers the audit trail of a module's demo records (decision 0176): a select over
	 * the module's own tables giving the columns
	 * {@code occurred_at, actor, action, entity_type,
	 * entity_id, unit_id, before_state, after_state}, as the module's services would have
	 * published them. The audit module's seed runs every such select last, so it sees the
	 * rows of every seed; no module names another's table.
	 */
	public void recordHistory(String select) {
		this.histories.add(select);
	}

	/** The history selects the seeds offered, in the order they offered them. */
	public List<String> histories() {
		return List.copyOf(this.histories);
	}

	/**
	 * The SQL instant of a demo history row: the given date at 08:00 Vietnam time, as if
	 * entered that morning.
	 */
	public static String morningOf(String dateExpression) {
		// A row dated today, seeded before 08:00, is stamped now: never in the future.
		return "least(((" + dateExpression + ") + time '08:00') at time zone 'Asia/Ho_Chi_Minh', now())";
	}

}
