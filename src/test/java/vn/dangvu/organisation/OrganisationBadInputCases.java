package vn.dangvu.organisation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.get;
import static vn.dangvu.testkit.BadInputCase.patch;
import static vn.dangvu.testkit.BadInputCase.post;
import static vn.dangvu.testkit.BadInputCase.HUGE;
import static vn.dangvu.testkit.BadInputCase.LONG;
import static vn.dangvu.testkit.BadInputCase.MISSING;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): units: reading, creating, renaming, moving, closing and merging. */
class OrganisationBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// Units: list and reads
		c.add(get("units list page=-1", "/api/v1/units?page=-1", "page"));
		c.add(get("units list size=100000", "/api/v1/units?size=100000", "size"));
		c.add(get("units list page not a number", "/api/v1/units?page=abc", "page"));
		c.add(get("units list page too big for int", "/api/v1/units?page=" + HUGE, "page"));
		c.add(get("units list impossible asOf", "/api/v1/units?asOf=2025-02-30", "asOf"));
		c.add(get("units list unknown kind", "/api/v1/units?kind=PLANET", "kind"));
		c.add(get("unit id not a number", "/api/v1/units/abc", "id"));
		c.add(get("unit id too big", "/api/v1/units/" + HUGE, "id"));
		c.add(get("unit that does not exist", "/api/v1/units/" + MISSING));
		c.add(get("unit impossible asOf", "/api/v1/units/{unit}?asOf=2025-13-01", "asOf"));
		c.add(get("unit history of a missing unit", "/api/v1/units/" + MISSING + "/history"));
		c.add(get("unit history id not a number", "/api/v1/units/abc/history", "id"));
		// Units: create
		c.add(post("create unit invalid JSON", "/api/v1/units", "{\"code\": "));
		c.add(post("create unit JSON array", "/api/v1/units", "[{\"code\":\"X1\"}]"));
		c.add(post("create unit empty body", "/api/v1/units", ""));
		c.add(post("create unit missing required fields", "/api/v1/units", "{}", "code", "kind", "name"));
		c.add(post("create unit parentId a string", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":\"abc\"}", "parentId"));
		c.add(post("create unit parentId too big", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":" + HUGE + "}",
				"parentId"));
		c.add(post("create unit parentId that does not exist", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":" + MISSING + "}"));
		c.add(post("create unit impossible date", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":{party},"
						+ "\"establishedOn\":\"2025-02-30\"}",
				"establishedOn"));
		c.add(post("create unit number for a date", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":{party},"
						+ "\"establishedOn\":20250101}",
				"establishedOn"));
		c.add(post("create unit object for a name", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":{\"a\":1},\"parentId\":{party}}", "name"));
		c.add(post("create unit unknown kind", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"PLANET\",\"name\":\"Chi bộ thử\",\"parentId\":{party}}", "kind"));
		c.add(post("create unit 5000-char code and name", "/api/v1/units",
				"{\"code\":\"" + LONG + "\",\"kind\":\"CELL\",\"name\":\"" + LONG + "\",\"parentId\":{party}}", "code",
				"name"));
		c.add(post("create unit 5000-char note", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":{party},\"note\":\"" + LONG
						+ "\",\"decisionRef\":\"" + LONG + "\"}",
				"note", "decisionRef"));
		c.add(new BadInputCase("create unit as text/plain", HttpMethod.POST, "/api/v1/units", "code=X", MediaType.TEXT_PLAIN,
				List.of()));
		// Units: rename, move, close, merge
		c.add(patch("rename unit with nothing", "/api/v1/units/{unit}", "{}", "name"));
		c.add(patch("rename unit 5000-char name", "/api/v1/units/{unit}", "{\"name\":\"" + LONG + "\"}", "name"));
		c.add(patch("rename unit impossible date", "/api/v1/units/{unit}",
				"{\"name\":\"Tên mới\",\"effectiveDate\":\"2025-02-30\"}", "effectiveDate"));
		c.add(patch("rename unit JSON array", "/api/v1/units/{unit}", "[]"));
		c.add(patch("rename a missing unit", "/api/v1/units/" + MISSING, "{\"name\":\"Tên mới\"}"));
		c.add(patch("rename unit id not a number", "/api/v1/units/abc", "{\"name\":\"Tên mới\"}", "id"));
		c.add(post("move unit parentId a string", "/api/v1/units/{unit}/move", "{\"parentId\":\"abc\"}", "parentId"));
		c.add(post("move unit impossible date", "/api/v1/units/{unit}/move",
				"{\"parentId\":{party},\"effectiveDate\":\"2025-02-30\"}", "effectiveDate"));
		c.add(post("move unit under a missing parent", "/api/v1/units/{unit}/move", "{\"parentId\":" + MISSING + "}"));
		c.add(post("move a missing unit", "/api/v1/units/" + MISSING + "/move", "{\"parentId\":{party}}"));
		c.add(post("move unit empty body", "/api/v1/units/{unit}/move", ""));
		c.add(post("close unit number for a date", "/api/v1/units/{unit}/close", "{\"effectiveDate\":12345}",
				"effectiveDate"));
		c.add(post("close unit 5000-char note", "/api/v1/units/{unit}/close", "{\"note\":\"" + LONG + "\"}", "note"));
		c.add(post("close a missing unit", "/api/v1/units/" + MISSING + "/close", "{}"));
		c.add(post("merge with nothing", "/api/v1/units/merge", "{}", "sourceIds", "targetId"));
		c.add(post("merge sourceIds a string", "/api/v1/units/merge", "{\"sourceIds\":\"abc\",\"targetId\":{unit}}",
				"sourceIds"));
		c.add(post("merge sourceIds with a non-number", "/api/v1/units/merge",
				"{\"sourceIds\":[\"abc\"],\"targetId\":{unit}}", "sourceIds[0]"));
		c.add(post("merge missing units", "/api/v1/units/merge",
				"{\"sourceIds\":[" + MISSING + "],\"targetId\":" + MISSING + "1}"));
		c.add(post("merge into a 5000-char new target", "/api/v1/units/merge",
				"{\"sourceIds\":[{unit}],\"newTarget\":{\"code\":\"" + LONG + "\",\"kind\":\"PLANET\",\"name\":\""
						+ LONG + "\"}}",
				"newTarget.code", "newTarget.kind", "newTarget.name"));
		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("org_unit", "org_unit_history");
	}

}
