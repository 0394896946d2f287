package vn.dangvu.identity.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.StringUtils;

import vn.dangvu.identity.Grant;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Role;

/** The account form: identity, optional initial password and grant rows. */
class AccountForm {

	static final int BLANK_ROWS = 3;

	private String username;

	private String displayName;

	private Long personId;

	private String password;

	private List<GrantRow> grants = new ArrayList<>();

	/** One row of the grant table; empty rows are ignored. */
	public static class GrantRow {

		private String role;

		private Long unitId;

		public GrantRow() {
		}

		GrantRow(String role, Long unitId) {
			this.role = role;
			this.unitId = unitId;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		boolean isBlank() {
			return !StringUtils.hasText(this.role);
		}

	}

	static AccountForm blank() {
		AccountForm form = new AccountForm();
		form.padRows();
		return form;
	}

	static AccountForm of(AccountRow account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.personId = account.personId();
		account.grants().forEach((g) -> form.grants.add(new GrantRow(g.role(), g.unitId())));
		form.padRows();
		return form;
	}

	/** Drops empty rows so that row numbers in error messages match the grants. */
	List<Grant> compactGrants() {
		this.grants.removeIf(GrantRow::isBlank);
		List<Grant> result = new ArrayList<>();
		for (int i = 0; i < this.grants.size(); i++) {
			GrantRow row = this.grants.get(i);
			Role role = Arrays.stream(Role.values()).filter((r) -> r.name().equals(row.role)).findFirst().orElse(null);
			if (role == null) {
				throw RuleViolationException.onField("grants[" + i + "].role", "account.grant.role.required");
			}
			result.add(new Grant(role, row.unitId));
		}
		return result;
	}

	void padRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			this.grants.add(new GrantRow());
		}
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public List<GrantRow> getGrants() {
		return this.grants;
	}

	public void setGrants(List<GrantRow> grants) {
		this.grants = grants;
	}

}
