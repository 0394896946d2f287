package vn.dangvu.identity.account;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;

/** Who the API caller is. */
@RestController
class MeController {

	/** The caller as JSON. */
	record Me(long accountId, String username, String displayName, List<String> roles, List<Long> scopeUnitIds,
			Long personId) {

	}

	@GetMapping("/api/v1/me")
	Me me() {
		Caller c = CurrentCaller.require();
		return new Me(c.accountId(), c.username(), c.displayName(),
				c.roles().stream().map(Enum::name).sorted().toList(), c.scopeUnitIds().stream().sorted().toList(),
				c.personId());
	}

}
