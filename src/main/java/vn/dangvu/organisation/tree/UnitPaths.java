package vn.dangvu.organisation.tree;

import java.util.Collection;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The materialised paths of units, for the scope the face computes (UnitScopes). */
@Service
@RequiredArgsConstructor
public class UnitPaths {

	private final JdbcClient jdbc;

	/** The paths of the given units, in path order. */
	@Transactional(readOnly = true)
	public List<String> pathsOf(Collection<Long> unitIds) {
		return this.jdbc.sql("select path from org_unit where id = any(:ids) order by path")
			.param("ids", unitIds.toArray(Long[]::new))
			.query(String.class)
			.list();
	}

}
