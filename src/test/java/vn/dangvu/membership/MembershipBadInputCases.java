package vn.dangvu.membership;

import java.util.ArrayList;
import java.util.List;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.get;
import static vn.dangvu.testkit.BadInputCase.post;
import static vn.dangvu.testkit.BadInputCase.HUGE;
import static vn.dangvu.testkit.BadInputCase.LONG;
import static vn.dangvu.testkit.BadInputCase.MISSING;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): dues, youth, and Party membership: timeline, status, admissions, probation, statistics, transfers, endings. */
class MembershipBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// membership: dues
		c.add(get("party dues without unit and month", "/api/v1/dues/party", "unit", "month"));
		c.add(get("party dues unit not a number", "/api/v1/dues/party?unit=abc&month=2026-03", "unit"));
		c.add(get("party dues unit too big", "/api/v1/dues/party?unit=" + HUGE + "&month=2026-03", "unit"));
		c.add(get("party dues impossible month", "/api/v1/dues/party?unit={unit}&month=2026-13", "month"));
		c.add(get("party dues month as a date", "/api/v1/dues/party?unit={unit}&month=2026-03-01", "month"));
		c.add(get("party dues of a missing unit", "/api/v1/dues/party?unit=" + MISSING + "&month=2026-03"));
		c.add(get("union dues impossible month", "/api/v1/dues/union?unit={unit}&month=abc", "month"));
		c.add(get("union dues of a Party cell", "/api/v1/dues/union?unit={unit}&month=2026-03"));
		c.add(post("dues payment invalid JSON", "/api/v1/dues/party/payments", "{\"unitId\": "));
		c.add(post("dues payment with nothing", "/api/v1/dues/party/payments", "{}", "unitId"));
		c.add(post("dues payment impossible month", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":{person},\"month\":\"2026-02-30\"}", "month"));
		c.add(post("dues payment impossible date", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":{person},\"month\":\"2026-02\",\"paidOn\":\"2026-02-30\"}", "paidOn"));
		c.add(post("dues payment unknown method", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":{person},\"month\":\"2026-02\",\"method\":\"GOLD\"}", "method"));
		c.add(post("dues payment unknown ledger kind", "/api/v1/dues/planet/payments", "{}", "kind"));
		c.add(post("dues payment of a missing person", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":" + MISSING + ",\"month\":\"2026-02\"}"));
		c.add(post("reverse a missing payment", "/api/v1/dues/payments/" + MISSING + "/reversal", null));
		c.add(post("reverse payment id not a number", "/api/v1/dues/payments/abc/reversal", null, "id"));
		c.add(post("salary negative amount", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"amount\":-5,\"validFrom\":\"2026-01-01\"}", "amount"));
		c.add(post("salary amount a word", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"amount\":\"nhiều\",\"validFrom\":\"2026-01-01\"}", "amount"));
		c.add(post("salary impossible date", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"amount\":5000000,\"validFrom\":\"2026-02-30\"}", "validFrom"));
		c.add(post("salary unknown kind", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"kind\":\"BONUS\",\"amount\":5,\"validFrom\":\"2026-01-01\"}", "kind"));
		c.add(post("dues category unknown", "/api/v1/dues/party/categories",
				"{\"personId\":{person},\"category\":\"PLANET\",\"validFrom\":\"2026-01-01\"}", "category"));
		c.add(post("youth leave without reason", "/api/v1/youth/members/{person}/leave", "{}", "reason"));
		c.add(post("youth leave reason a number", "/api/v1/youth/members/{person}/leave", "{\"reason\":5}", "reason"));
		c.add(post("youth leave reason too long", "/api/v1/youth/members/{person}/leave",
				"{\"reason\":\"" + "x".repeat(501) + "\"}", "reason"));
		c.add(post("youth leave impossible date", "/api/v1/youth/members/{person}/leave",
				"{\"reason\":\"Chuyển đi\",\"date\":\"2025-02-30\"}", "date"));
		c.add(post("youth leave person id not a number", "/api/v1/youth/members/abc/leave",
				"{\"reason\":\"Chuyển đi\"}", "id"));
		c.add(post("youth leave of a missing person", "/api/v1/youth/members/" + MISSING + "/leave",
				"{\"reason\":\"Chuyển đi\"}"));
		c.add(post("youth leave invalid JSON", "/api/v1/youth/members/{person}/leave", "{\"reason\": "));
		// end membership: dues

		// Membership (Party): timeline, status, admissions, probation, statistics,
		// transfers, endings
		c.add(get("membership timeline id not a number", "/api/v1/members/abc/timeline", "personId"));
		c.add(get("membership timeline of a missing person", "/api/v1/members/" + MISSING + "/timeline"));
		c.add(get("membership status impossible asOf", "/api/v1/members/{person}/status?asOf=2025-02-30", "asOf"));
		c.add(get("membership status of a missing person", "/api/v1/members/" + MISSING + "/status"));
		c.add(get("admissions page=-1", "/api/v1/admissions?page=-1", "page"));
		c.add(get("admissions size=100000", "/api/v1/admissions?size=100000", "size"));
		c.add(get("admissions page too big for int", "/api/v1/admissions?page=" + HUGE, "page"));
		c.add(get("admissions unknown state", "/api/v1/admissions?state=PLANET", "state"));
		c.add(get("admissions unit not a number", "/api/v1/admissions?unit=abc", "unit"));
		c.add(get("admission that does not exist", "/api/v1/admissions/" + MISSING));
		c.add(post("create admission invalid JSON", "/api/v1/admissions", "{\"personId\": "));
		c.add(post("create admission with nothing", "/api/v1/admissions", "{}", "personId"));
		c.add(post("create admission personId a string", "/api/v1/admissions",
				"{\"personId\":\"abc\",\"cellId\":{unit}}", "personId"));
		c.add(post("create admission impossible date", "/api/v1/admissions",
				"{\"personId\":{person},\"cellId\":{unit},\"openedOn\":\"2025-02-30\"}", "openedOn"));
		c.add(post("create admission in a committee, not a cell", "/api/v1/admissions",
				"{\"personId\":{person},\"cellId\":{party}}", "cellId"));
		c.add(post("create admission in a missing cell", "/api/v1/admissions",
				"{\"personId\":{person},\"cellId\":" + MISSING + "}", "cellId"));
		c.add(post("admission step on a missing file", "/api/v1/admissions/" + MISSING + "/steps",
				"{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\"}"));
		c.add(post("admission step id not a number", "/api/v1/admissions/abc/steps", "{}", "id"));
		c.add(post("admission step impossible date", "/api/v1/admissions/" + MISSING + "/steps",
				"{\"step\":\"CERTIFICATE\",\"date\":\"2025-02-30\"}", "date"));
		c.add(post("admission step votes a string", "/api/v1/admissions/" + MISSING + "/steps",
				"{\"step\":\"CELL_RESOLUTION\",\"votesFor\":\"many\"}", "votesFor"));
		c.add(get("probation unit not a number", "/api/v1/probation?unit=abc", "unit"));
		c.add(get("probation of a missing unit", "/api/v1/probation?unit=" + MISSING));
		c.add(get("membership statistics impossible from", "/api/v1/statistics/membership?from=2025-02-30", "from"));
		c.add(get("membership statistics to before from", "/api/v1/statistics/membership?from=2025-02-01&to=2025-01-01",
				"to"));
		c.add(get("membership statistics of a missing unit", "/api/v1/statistics/membership?unit=" + MISSING));
		c.add(post("withdraw last step of a missing file", "/api/v1/admissions/" + MISSING + "/steps/last/withdrawal",
				"{\"reason\":\"Ghi nhầm\"}"));
		c.add(post("withdraw last step invalid JSON", "/api/v1/admissions/" + MISSING + "/steps/last/withdrawal",
				"{\"reason\": "));
		c.add(post("withdraw last step id not a number", "/api/v1/admissions/abc/steps/last/withdrawal", "{}", "id"));
		c.add(post("withdraw last step reason an object", "/api/v1/admissions/" + MISSING + "/steps/last/withdrawal",
				"{\"reason\":{\"a\":1}}", "reason"));
		c.add(post("close a missing file", "/api/v1/admissions/" + MISSING + "/closing", "{\"reason\":\"Xin rút\"}"));
		c.add(post("close file impossible date", "/api/v1/admissions/" + MISSING + "/closing",
				"{\"reason\":\"Xin rút\",\"closedOn\":\"2025-02-30\"}", "closedOn"));
		c.add(post("close file JSON array", "/api/v1/admissions/" + MISSING + "/closing", "[]"));
		c.add(get("transfers unit not a number", "/api/v1/transfers?unit=abc", "unit"));
		c.add(get("transfers of a missing unit", "/api/v1/transfers?unit=" + MISSING));
		c.add(get("transfers all not a boolean", "/api/v1/transfers?all=perhaps", "all"));
		c.add(get("transfer that does not exist", "/api/v1/transfers/" + MISSING));
		c.add(post("start transfer invalid JSON", "/api/v1/transfers", "{\"personId\": "));
		c.add(post("start transfer with nothing", "/api/v1/transfers", "{}", "personId"));
		c.add(post("start transfer unknown kind", "/api/v1/transfers", "{\"personId\":{person},\"kind\":\"FOREVER\"}",
				"kind"));
		c.add(post("start transfer unknown purpose", "/api/v1/transfers",
				"{\"personId\":{person},\"kind\":\"TEMPORARY\",\"purpose\":\"HOLIDAY\"}", "purpose"));
		c.add(post("start transfer impossible date", "/api/v1/transfers",
				"{\"personId\":{person},\"toCellId\":{unit},\"sentOn\":\"2025-02-30\"}", "sentOn"));
		c.add(post("start transfer without a date", "/api/v1/transfers", "{\"personId\":{person},\"toCellId\":{unit}}",
				"sentOn"));
		c.add(post("start transfer in the future", "/api/v1/transfers",
				"{\"personId\":{person},\"toCellId\":{unit},\"sentOn\":\"2099-01-01\"}", "sentOn"));
		c.add(post("confirm a missing transfer", "/api/v1/transfers/" + MISSING + "/confirm",
				"{\"receivedOn\":\"2025-01-02\"}"));
		c.add(post("confirm transfer impossible date", "/api/v1/transfers/" + MISSING + "/confirm",
				"{\"receivedOn\":\"2025-02-30\"}", "receivedOn"));
		c.add(post("confirm transfer id not a number", "/api/v1/transfers/abc/confirm", "{}", "id"));
		c.add(post("return of a missing transfer", "/api/v1/transfers/" + MISSING + "/return",
				"{\"backOn\":\"2025-01-02\"}"));
		c.add(post("arrival with nothing", "/api/v1/transfers/arrivals", "{}", "personId"));
		c.add(post("arrival unknown standing", "/api/v1/transfers/arrivals",
				"{\"personId\":{person},\"cellId\":{unit},\"standing\":\"HONORARY\"}", "standing"));
		c.add(post("arrival without a letter", "/api/v1/transfers/arrivals",
				"{\"personId\":{person},\"cellId\":{unit},\"otherUnitName\":\"Đảng bộ X\"}", "letterNumber"));
		c.add(post("ending without a type", "/api/v1/members/{person}/endings", "{}", "type"));
		c.add(post("ending unknown type", "/api/v1/members/{person}/endings", "{\"type\":\"RETIRED\"}", "type"));
		c.add(post("ending impossible date", "/api/v1/members/{person}/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"2025-02-30\"}", "date"));
		c.add(post("ending without reason", "/api/v1/members/{person}/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"2025-01-02\",\"documentNumber\":\"1-QĐ\"}", "reason"));
		c.add(post("ending 5000-char reason", "/api/v1/members/{person}/endings",
				"{\"type\":\"EXPELLED\",\"date\":\"2025-01-02\",\"documentNumber\":\"1-QĐ\",\"reason\":\"" + LONG
						+ "\"}",
				"reason"));
		c.add(post("ending of a missing person", "/api/v1/members/" + MISSING + "/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"2025-01-02\",\"documentNumber\":\"1-QĐ\",\"reason\":\"x\"}"));
		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("dues_payment", "insured_salary", "youth_stay", "membership_event", "admission", "admission_step", "membership_transfer");
	}

}
