package archfixture.alpha;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A face holding SQL: breaks "the face delegates". */
@Service
public class AlphaApi {

	private final JdbcClient jdbc;

	AlphaApi(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count() {
		return this.jdbc.sql("select count(*) from alpha").query(Long.class).single();
	}

}
