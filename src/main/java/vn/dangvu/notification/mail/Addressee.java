package vn.dangvu.notification.mail;

/**
 * A recipient of a notice as the outbox needs them.
 *
 * @param email the address from {@code person_ref} (null or blank: no mail)
 */
public record Addressee(long personId, String name, String email) {

	public boolean hasAddress() {
		return this.email != null && !this.email.isBlank();
	}

}
