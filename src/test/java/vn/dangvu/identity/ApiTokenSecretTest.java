package vn.dangvu.identity;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dangvu.identity.token.ApiTokens;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenSecretTest {

	@Test
	void secretIsDvFollowedBy43Base64UrlCharacters() {
		String secret = ApiTokens.newSecret();
		assertThat(secret).hasSize(46).startsWith("dv_").matches("dv_[A-Za-z0-9_-]{43}");
		assertThat(ApiTokens.isWellFormed(secret)).isTrue();
	}

	@Test
	void secretsAreNotRepeated() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(ApiTokens.newSecret());
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void hashIsLowerCaseHexSha256OfTheWholeSecret() {
		// SHA-256("abc") from FIPS 180-2.
		assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		String secret = ApiTokens.newSecret();
		assertThat(ApiTokens.hash(secret)).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(ApiTokens.hash(secret));
	}

	@Test
	void malformedSecretsAreRejectedBeforeAnyLookup() {
		assertThat(ApiTokens.isWellFormed(null)).isFalse();
		assertThat(ApiTokens.isWellFormed("dv_short")).isFalse();
		assertThat(ApiTokens.isWellFormed("xx_" + "a".repeat(43))).isFalse();
		assertThat(ApiTokens.isWellFormed("dv_" + "a".repeat(42) + "=")).isFalse();
	}

}
