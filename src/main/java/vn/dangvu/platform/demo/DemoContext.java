package vn.dangvu.platform.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the demo seeds hand on to each other: today's date and the ids they created under
 * their demo keys (unit codes, person keys), so a later seed finds "CB-CAUTREO" without
 * knowing whose table it is in.
 */
public final class DemoContext {

	/** Who demo writes are recorded as in audit and logs. */
	public static final String RECORDED_BY = "demo";

	/** The password of every demo account. */
	public static final String PASSWORD = "demo123";

	private final LocalDate today;

	private final Map<String, Map<String, Long>> ids = new HashMap<>();

	public DemoContext(LocalDate today) {
		this.today = today;
	}

	public LocalDate today() {
		return this.today;
	}

	/** Records the ids a seed created, under a kind ("unit", "person") and their demo keys. */
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

}
