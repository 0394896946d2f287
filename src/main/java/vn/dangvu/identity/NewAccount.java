package vn.dangvu.identity;

import java.util.List;

/**
 * What is needed to open an account. A null {@code rawPassword} asks for a generated one.
 */
public record NewAccount(String username, String displayName, String rawPassword, Long personId, List<Grant> grants) {

	public NewAccount {
		grants = (grants != null) ? List.copyOf(grants) : List.of();
	}

}
