package vn.dangvu.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode: on by default with the embedded database, off with an external one unless
 * {@code DANGVU_DEMO=true} asks for it.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment env) {
		String flag = env.getProperty("dangvu.demo.enabled", "");
		boolean embedded = !StringUtils.hasText(env.getProperty("spring.datasource.url"));
		this.enabled = StringUtils.hasText(flag) ? Boolean.parseBoolean(flag) : embedded;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
