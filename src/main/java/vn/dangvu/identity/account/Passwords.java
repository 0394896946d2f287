package vn.dangvu.identity.account;

import java.security.SecureRandom;

import vn.dangvu.platform.error.RuleViolationException;

/** Rules for new passwords and generation of strong ones to hand out once. */
final class Passwords {

	public static final int MIN_LENGTH = 8;

	// No look-alikes (0/O, 1/l/I) so a generated password can be read aloud or copied by
	// hand.
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	public static String generate(int length) {
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

	public static void checkNew(String field, String raw) {
		if (raw == null || raw.length() < MIN_LENGTH) {
			throw RuleViolationException.onField(field, "account.password.tooShort", MIN_LENGTH);
		}
	}

}
