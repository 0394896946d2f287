package vn.dangvu.directive.cascade;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The units a cascade names, read through the published view. */
@Component
@RequiredArgsConstructor
class CascadeUnits {

	private final JdbcClient jdbc;

	record UnitRow(long id, String path, String kind, boolean open) {

	}

	Optional<UnitRow> unit(long id) {
		return this.jdbc.sql("select id, path, kind, closed_on is null from unit_ref where id = :id")
			.param("id", id)
			.query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional();
	}

}
