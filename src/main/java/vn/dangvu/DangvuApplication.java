package vn.dangvu;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.dangvu.platform.database.EarlyEmbeddedPostgres;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DangvuApplication {

	/** Dates in the domain are Vietnamese calendar dates, whatever the server's zone. */
	public static final String ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
		SpringApplication application = new SpringApplication(DangvuApplication.class);
		// the embedded database starts while the context is built (decision 0282)
		application.addListeners(new EarlyEmbeddedPostgres());
		application.run(args);
	}

}
