package vn.dangvu.organisation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.request.RequestMemo;

/**
 * Answers "which units may this caller see": the subtrees under the caller's granted
 * units.
 */
@Service
public class UnitScopes {

	private final JdbcClient jdbc;

	UnitScopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public UnitScope of(Caller caller) {
		if (caller.isAdmin()) {
			return UnitScope.everything();
		}
		if (caller.scopeUnitIds().isEmpty()) {
			return UnitScope.nothing();
		}
		return RequestMemo.get(List.of("unit.scope", caller.scopeUnitIds()), () -> read(caller));
	}

	private UnitScope read(Caller caller) {
		List<String> paths = this.jdbc.sql("select path from org_unit where id = any(:ids) order by path")
			.param("ids", caller.scopeUnitIds().toArray(Long[]::new))
			.query(String.class)
			.list();
		// Drop prefixes already covered by a shorter one.
		List<String> minimal = paths.stream()
			.filter((p) -> paths.stream().noneMatch((q) -> !q.equals(p) && p.startsWith(q)))
			.toList();
		return new UnitScope(false, minimal);
	}

	@Transactional(readOnly = true)
	public UnitScope current() {
		return of(CurrentCaller.require());
	}

}
