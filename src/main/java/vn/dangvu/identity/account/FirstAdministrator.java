package vn.dangvu.identity.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.dangvu.identity.Grant;
import vn.dangvu.identity.NewAccount;
import vn.dangvu.platform.DemoMode;
import vn.dangvu.platform.security.Role;

/**
 * Outside demo mode, an empty installation gets one administrator {@code admin}, with
 * {@code DANGVU_ADMIN_PASSWORD} or a generated password printed once to the log.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final DemoMode demo;

	private final String configuredPassword;

	FirstAdministrator(Accounts accounts, DemoMode demo, @Value("${dangvu.admin.password:}") String password) {
		this.accounts = accounts;
		this.demo = demo;
		this.configuredPassword = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createWhenNoAccountExists() {
		if (this.demo.isEnabled() || this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.configuredPassword);
		String password = generated ? Passwords.generate(16) : this.configuredPassword;
		this.accounts
			.create(new NewAccount("admin", "Quản trị hệ thống", password, null, List.of(new Grant(Role.ADMIN, null))));
		if (generated) {
			log.warn("""

					==================================================================
					  FIRST ADMINISTRATOR CREATED / ĐÃ TẠO TÀI KHOẢN QUẢN TRỊ ĐẦU TIÊN
					  username / tên đăng nhập: admin
					  password / mật khẩu:      {}
					  Shown only once: sign in and change it, or set DANGVU_ADMIN_PASSWORD.
					==================================================================
					""", password);
		}
		else {
			log.info("First administrator 'admin' created with the password from DANGVU_ADMIN_PASSWORD.");
		}
	}

}
