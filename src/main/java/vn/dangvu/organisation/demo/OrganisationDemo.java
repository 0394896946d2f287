package vn.dangvu.organisation.demo;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.demo.DemoOrganisation.UnitSeed;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Seeds the demo organisation (decision 0202): bulk SQL like a migration, the current
 * units, then the units closed by the reorganisation, and the history rows of both
 * (decision 0010, {@link DemoReorganisation}). Records every unit id under its code, kind
 * "unit".
 */
@Component
@Order(100)
@RequiredArgsConstructor
class OrganisationDemo implements DemoSeed {

	private final JdbcTemplate jdbc;

	@Override
	public void seed(DemoContext context) {
		// the audit trail of the tree as the unit service would have written it
		context.recordHistory(
				"""
						select %s, 'demo',
						       case h.change when 'ESTABLISHED' then 'CREATE' when 'RENAMED' then 'RENAME' when 'MOVED' then 'MOVE'
						                     when 'MERGED' then 'MERGE' else 'CLOSE' end,
						       'Unit', h.unit_id::text, h.unit_id,
						       case when h.change = 'ESTABLISHED' then '{}'::jsonb
						            else jsonb_build_object('code', u.code, 'kind', u.kind,
						                 'name', lag(h.name) over w, 'shortName', lag(h.short_name) over w,
						                 'parentId', lag(h.parent_id) over w) end,
						       jsonb_build_object('code', u.code, 'kind', u.kind, 'name', h.name, 'shortName', h.short_name,
						                 'parentId', h.parent_id)
						from org_unit_history h join org_unit u on u.id = h.unit_id
						window w as (partition by h.unit_id order by h.valid_from, h.id)"""
					.formatted(DemoContext.morningOf("h.valid_from")));
		List<UnitSeed> current = DemoOrganisation.units();
		List<UnitSeed> units = new ArrayList<>(current);
		units.addAll(DemoReorganisation.closedUnits());
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('org_unit', 'id')) from generate_series(1, ?)", Long.class,
				units.size());
		Map<String, Long> byCode = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			byCode.put(units.get(i).code(), ids.get(i));
		}
		insertUnits(units, current, byCode);
		insertHistory(current, byCode);
		context.put("unit", byCode);
	}

	private void insertUnits(List<UnitSeed> units, List<UnitSeed> current, Map<String, Long> byCode) {
		Map<String, String> mergedInto = DemoReorganisation.mergedInto();
		Date reorganised = Date.valueOf(DemoReorganisation.ON);
		List<Object[]> rows = new ArrayList<>();
		for (UnitSeed u : units) {
			Long parent = (u.parentCode() != null) ? byCode.get(u.parentCode()) : null;
			Long ledBy = (u.ledByCode() != null) ? byCode.get(u.ledByCode()) : null;
			String into = mergedInto.get(u.code());
			String search = VietnameseText.fold(u.name() + " " + u.shortName() + " " + u.code());
			rows.add(new Object[] { byCode.get(u.code()), u.code(), u.kind(), u.name(), u.shortName(), parent, search,
					Date.valueOf(DemoReorganisation.establishedOn(u.code(), current)), ledBy,
					(into != null) ? reorganised : null, (into != null) ? byCode.get(into) : null });
		}
		// path and depth are set by the org_unit_path_before trigger; parents come first,
		// and units are merged only into units inserted before them.
		this.jdbc.batchUpdate("""
				insert into org_unit (id, code, kind, name, short_name, parent_id, path, depth, search_text,
				                      established_on, led_by_id, closed_on, merged_into_id)
				values (?, ?, ?, ?, ?, ?, '', 0, ?, ?, ?, ?, ?)""", rows);
	}

	private void insertHistory(List<UnitSeed> current, Map<String, Long> byCode) {
		List<Object[]> history = new ArrayList<>();
		for (DemoReorganisation.HistorySeed h : DemoReorganisation.history(current)) {
			history.add(new Object[] { byCode.get(h.code()), h.change(), Date.valueOf(h.validFrom()),
					(h.validTo() != null) ? Date.valueOf(h.validTo()) : null, h.name(), h.shortName(),
					(h.parentCode() != null) ? byCode.get(h.parentCode()) : null, h.decisionRef(), h.note() });
		}
		this.jdbc.batchUpdate("""
				insert into org_unit_history (unit_id, change, valid_from, valid_to, name, short_name, parent_id,
				                              decision_ref, note, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, '%s')""".formatted(DemoContext.RECORDED_BY), history);
	}

}
