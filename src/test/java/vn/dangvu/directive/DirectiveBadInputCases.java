package vn.dangvu.directive;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.get;
import static vn.dangvu.testkit.BadInputCase.post;
import static vn.dangvu.testkit.BadInputCase.HUGE;
import static vn.dangvu.testkit.BadInputCase.LONG;
import static vn.dangvu.testkit.BadInputCase.MISSING;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): citations and the directive registry. */
class DirectiveBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// directive: citations
		c.add(post("extract without text", "/api/v1/directives/extract", "{}", "text"));
		c.add(post("extract blank text", "/api/v1/directives/extract", "{\"text\":\"  \\n \"}", "text"));
		c.add(post("extract text an array", "/api/v1/directives/extract", "{\"text\":[1]}", "text"));
		c.add(post("extract text over 200,000 characters", "/api/v1/directives/extract",
				"{\"text\":\"" + "a".repeat(200_001) + "\"}", "text"));
		c.add(post("extract invalid JSON", "/api/v1/directives/extract", "{\"text\": "));
		c.add(post("extract empty body", "/api/v1/directives/extract", ""));
		c.add(post("extract JSON array", "/api/v1/directives/extract", "[\"448-KH/ĐU\"]"));
		c.add(get("extract does not take GET", "/api/v1/directives/extract"));
		c.add(get("parse without citation", "/api/v1/directives/parse", "citation"));
		c.add(get("parse blank citation", "/api/v1/directives/parse?citation=%20", "citation"));
		c.add(get("parse mixed separators", "/api/v1/directives/parse?citation=448%2FKH-%C4%90U-TW", "citation"));
		c.add(get("parse unknown type", "/api/v1/directives/parse?citation=448-XY%2FTW", "citation"));
		c.add(get("parse number zero", "/api/v1/directives/parse?citation=0-KH%2FTW", "citation"));
		c.add(get("parse 5000-char citation", "/api/v1/directives/parse?citation=" + LONG, "citation"));

		// directive: registry
		c.add(get("directives list page=-1", "/api/v1/directives?page=-1", "page"));
		c.add(get("directives list size=100000", "/api/v1/directives?size=100000", "size"));
		c.add(get("directives list page not a number", "/api/v1/directives?page=abc", "page"));
		c.add(get("directives list year not a number", "/api/v1/directives?year=abc", "year"));
		c.add(get("directives list impossible year", "/api/v1/directives?year=99999", "year"));
		c.add(get("directives list unknown type", "/api/v1/directives?type=PLANET", "type"));
		c.add(get("directives list unknown status", "/api/v1/directives?status=PLANET", "status"));
		c.add(get("directives list 5000-char search", "/api/v1/directives?q=" + LONG, "q"));
		c.add(get("directive id not a number", "/api/v1/directives/abc", "id"));
		c.add(get("directive id too big", "/api/v1/directives/" + HUGE, "id"));
		c.add(get("directive that does not exist", "/api/v1/directives/" + MISSING));
		c.add(post("register directive invalid JSON", "/api/v1/directives", "{\"citation\": "));
		c.add(post("register directive JSON array", "/api/v1/directives", "[{\"citation\":\"1-KH/TW\"}]"));
		c.add(post("register directive empty body", "/api/v1/directives", ""));
		c.add(post("register directive with nothing", "/api/v1/directives", "{}", "citation"));
		c.add(post("register directive not a citation", "/api/v1/directives",
				"{\"citation\":\"abc\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}", "citation"));
		c.add(post("register directive impossible date", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"issueDate\":\"2025-02-30\",\"summary\":\"Thử\"}", "issueDate"));
		c.add(post("register directive unknown type", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"type\":\"PLANET\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}",
				"type"));
		c.add(post("register directive 5000-char summary", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"issueDate\":\"2024-01-01\",\"summary\":\"" + LONG + LONG + "\"}",
				"summary"));
		c.add(post("register directive issuer id a string", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"issuerId\":\"abc\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}",
				"issuerId"));
		c.add(post("register directive missing issuer", "/api/v1/directives", "{\"citation\":\"1-KH/TW\",\"issuerId\":"
				+ MISSING + ",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}", "issuerId"));
		c.add(new BadInputCase("register directive as text/plain", HttpMethod.POST, "/api/v1/directives", "citation=X",
				MediaType.TEXT_PLAIN, List.of()));
		c.add(post("link a missing directive", "/api/v1/directives/" + MISSING + "/links",
				"{\"toId\":1,\"kind\":\"REPLACES\"}"));
		c.add(post("link with an unknown kind", "/api/v1/directives/" + MISSING + "/links",
				"{\"toId\":1,\"kind\":\"PLANET\"}", "kind"));
		c.add(post("assign a missing directive", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"unitIds\":[{unit}],\"actions\":[{\"kind\":\"DISSEMINATE\",\"days\":5}]}"));
		c.add(post("assign an unknown action", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"unitIds\":[{unit}],\"actions\":[{\"kind\":\"PLANET\",\"days\":5}]}", "actions[0].kind"));
		c.add(post("assign unit ids a string", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"unitIds\":\"abc\"}", "unitIds"));
		c.add(post("assign impossible due date", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"actions\":[{\"kind\":\"PLAN\",\"dueOn\":\"2025-02-30\"}]}", "actions[0].dueOn"));
		c.add(post("record an unknown action", "/api/v1/directives/" + MISSING + "/units/{unit}/actions/PLANET",
				"{\"doneOn\":\"2024-01-01\"}", "kind"));
		c.add(post("record on a missing directive", "/api/v1/directives/" + MISSING + "/units/{unit}/actions/PLAN",
				"{\"doneOn\":\"2024-01-01\"}"));
		c.add(get("tracking of a missing directive", "/api/v1/directives/" + MISSING + "/tracking"));
		c.add(get("tracking page=-1", "/api/v1/directives/" + MISSING + "/tracking?page=-1", "page"));
		c.add(get("obligations unit not a number", "/api/v1/units/abc/obligations", "id"));
		c.add(get("obligations of a missing unit", "/api/v1/units/" + MISSING + "/obligations"));
		c.add(post("study a missing directive", "/api/v1/directives/" + MISSING + "/study", "{\"studied\":false}"));
		// directive: end
		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("directive_document", "directive_issuer", "directive_link", "directive_assignment", "directive_action", "directive_study", "party_doc");
	}

}
