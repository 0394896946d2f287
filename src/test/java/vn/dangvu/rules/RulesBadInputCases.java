package vn.dangvu.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.get;
import static vn.dangvu.testkit.BadInputCase.post;
import static vn.dangvu.testkit.BadInputCase.LONG;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): the rule table and the working-day calendar. */
class RulesBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// rules: rule table and calendar
		c.add(post("rule version without key", "/api/v1/rules",
				"{\"value\":\"1\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}", "key"));
		c.add(post("rule version of an unknown rule", "/api/v1/rules",
				"{\"key\":\"no.such.rule\",\"value\":\"1\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}", "key"));
		c.add(post("rule version letters for a percentage", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"abc\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}",
				"value"));
		c.add(post("rule version percentage over 100", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"150\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}",
				"value"));
		c.add(post("rule version fraction written badly", "/api/v1/rules",
				"{\"key\":\"membership.cell-resolution.threshold\",\"value\":\"3/2\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}",
				"value"));
		c.add(post("rule version without a date", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"source\":\"X\"}", "validFrom"));
		c.add(post("rule version impossible date", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"validFrom\":\"2030-02-30\",\"source\":\"X\"}",
				"validFrom"));
		c.add(post("rule version without a source", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"validFrom\":\"2030-01-01\"}", "source"));
		c.add(post("rule version 5000-char source", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"validFrom\":\"2030-01-01\",\"source\":\"" + LONG
						+ "\"}",
				"source"));
		c.add(get("rule that does not exist", "/api/v1/rules/no.such.rule"));
		c.add(get("working days without a count", "/api/v1/calendar/working-days?from=2025-01-01", "count"));
		c.add(get("working days negative count", "/api/v1/calendar/working-days?from=2025-01-01&count=-1", "count"));
		c.add(get("working days huge count", "/api/v1/calendar/working-days?from=2025-01-01&count=99999", "count"));
		c.add(get("working days impossible date", "/api/v1/calendar/working-days?from=2025-13-01&count=3", "from"));
		c.add(get("working days year 1900", "/api/v1/calendar/working-days?from=1900-01-01&count=3", "from"));
		c.add(post("calendar day on a year not entered", "/api/v1/calendar/days",
				"{\"day\":\"2040-01-02\",\"kind\":\"HOLIDAY\",\"name\":\"X\"}", "day"));
		c.add(post("calendar day of an unknown kind", "/api/v1/calendar/days",
				"{\"day\":\"2026-03-02\",\"kind\":\"PARTY\",\"name\":\"X\"}", "kind"));
		c.add(post("calendar make-up day on a Monday", "/api/v1/calendar/days",
				"{\"day\":\"2026-03-02\",\"kind\":\"WORKDAY\",\"name\":\"X\"}", "kind"));
		c.add(post("calendar day already there", "/api/v1/calendar/days",
				"{\"day\":\"2025-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"X\"}", "day"));
		c.add(new BadInputCase("remove a calendar day not there", HttpMethod.DELETE, "/api/v1/calendar/days/2026-03-03", null,
				null, List.of()));

		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("rule_value", "calendar_day", "calendar_year");
	}

	/** Changing the rule table or the calendar is for the administrator alone. */
	@Override
	public boolean adminOnly(BadInputCase c) {
		return c.method() != HttpMethod.GET;
	}

}
