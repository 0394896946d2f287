package vn.dangvu.audit;

import java.util.ArrayList;
import java.util.List;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.get;
import static vn.dangvu.testkit.BadInputCase.HUGE;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): the audit trail. */
class AuditBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// Audit
		c.add(get("audit page=-1", "/api/v1/audit?page=-1", "page"));
		c.add(get("audit size=100000", "/api/v1/audit?size=100000", "size"));
		c.add(get("audit unit not a number", "/api/v1/audit?unit=abc", "unit"));
		c.add(get("audit unit too big", "/api/v1/audit?unit=" + HUGE, "unit"));
		c.add(get("audit impossible from date", "/api/v1/audit?from=2025-02-30", "from"));
		c.add(get("audit number for a date", "/api/v1/audit?to=20250101", "to"));
		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("audit_event");
	}

}
