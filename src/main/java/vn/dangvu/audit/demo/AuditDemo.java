package vn.dangvu.audit.demo;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;

/**
 * The audit trail of the demo data, as the services would have written it had the demo
 * been entered through them (decisions 0176, 0202). Each module's seed offers a select
 * over its own tables ({@link DemoContext#recordHistory}); this seed runs last and stores
 * what they give, so the audit viewer shows the demo's history and no module names
 * another's table.
 */
@Component
@Order(900)
@RequiredArgsConstructor
class AuditDemo implements DemoSeed {

	private static final String INSERT = "insert into audit_event (occurred_at, actor, action, entity_type, entity_id,"
			+ " unit_id, before_state, after_state) ";

	private final JdbcTemplate jdbc;

	@Override
	public void seed(DemoContext context) {
		for (String select : context.histories()) {
			this.jdbc.update(INSERT + select);
		}
	}

}
