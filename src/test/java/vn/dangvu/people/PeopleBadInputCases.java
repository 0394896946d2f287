package vn.dangvu.people;

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

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): people: reading, creating and changing. */
class PeopleBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// People: list and reads
		c.add(get("people list page=-1", "/api/v1/people?page=-1", "page"));
		c.add(get("people list size=100000", "/api/v1/people?size=100000", "size"));
		c.add(get("people list unit not a number", "/api/v1/people?unit=abc", "unit"));
		c.add(get("people list unit too big", "/api/v1/people?unit=" + HUGE, "unit"));
		c.add(get("people list unknown kind", "/api/v1/people?kind=PLANET", "kind"));
		c.add(get("people list age not a number", "/api/v1/people?minAge=abc", "minAge"));
		c.add(get("people list unknown sort", "/api/v1/people?sort=salary", "sort"));
		c.add(get("person id not a number", "/api/v1/people/abc", "id"));
		c.add(get("person id too big", "/api/v1/people/" + HUGE, "id"));
		c.add(get("person that does not exist", "/api/v1/people/" + MISSING));
		// People: create and change
		c.add(post("create person invalid JSON", "/api/v1/people", "{\"fullName\": "));
		c.add(post("create person JSON array", "/api/v1/people", "[{\"fullName\":\"Lê Văn A\"}]"));
		c.add(post("create person empty body", "/api/v1/people", ""));
		c.add(post("create person missing required fields", "/api/v1/people", "{}", "fullName"));
		c.add(post("create person impossible date", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"birthDate\":\"2025-02-30\",\"workUnitId\":{party}}", "birthDate"));
		c.add(post("create person number for a date", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"birthDate\":19800101,\"workUnitId\":{party}}", "birthDate"));
		c.add(post("create person unknown sex", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"sex\":\"PLANET\",\"workUnitId\":{party}}", "sex"));
		c.add(post("create person 5000-char name", "/api/v1/people",
				"{\"fullName\":\"" + LONG + "\",\"workUnitId\":{party}}", "fullName"));
		c.add(post("create person 5000-char address", "/api/v1/people", "{\"fullName\":\"Lê Văn Thử\",\"address\":\""
				+ LONG + "\",\"jobTitle\":\"" + LONG + "\",\"workUnitId\":{party}}", "address", "jobTitle"));
		c.add(post("create person unit id a string", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"workUnitId\":\"abc\"}", "workUnitId"));
		c.add(post("create person unit id too big", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"workUnitId\":" + HUGE + "}", "workUnitId"));
		c.add(post("create person unit that does not exist", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"workUnitId\":" + MISSING + "}", "workUnitId"));
		c.add(post("create person unknown field", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"salary\":1,\"workUnitId\":{party}}", "salary"));
		c.add(new BadInputCase("create person as text/plain", HttpMethod.POST, "/api/v1/people", "fullName=X",
				MediaType.TEXT_PLAIN, List.of()));
		c.add(patch("change person impossible date", "/api/v1/people/{person}", "{\"birthDate\":\"2025-02-30\"}",
				"birthDate"));
		c.add(patch("change person 5000-char name", "/api/v1/people/{person}", "{\"fullName\":\"" + LONG + "\"}",
				"fullName"));
		c.add(patch("change person version a string", "/api/v1/people/{person}", "{\"version\":\"abc\"}", "version"));
		c.add(patch("change person JSON array", "/api/v1/people/{person}", "[]"));
		c.add(patch("change a missing person", "/api/v1/people/" + MISSING, "{\"fullName\":\"Lê Văn Thử\"}"));
		c.add(patch("change person id not a number", "/api/v1/people/abc", "{\"fullName\":\"Lê Văn Thử\"}", "id"));
		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("person", "person_affiliation");
	}

}
