package vn.dangvu.directive.demo;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dangvu.platform.demo.DemoContext;

/**
 * The directive demo seed called by the demo loader until it runs every
 * {@link vn.dangvu.platform.demo.DemoSeed} itself (decision 0202); then this class goes.
 */
public final class DirectiveDemoEntry {

	private DirectiveDemoEntry() {
	}

	public static void load(JdbcTemplate jdbc, Map<String, Long> unitIds, Map<String, Long> personIds,
			LocalDate today) {
		DemoContext context = new DemoContext(today);
		context.put("unit", unitIds);
		context.put("person", personIds);
		new DemoDirectives(jdbc).seed(context);
	}

}
