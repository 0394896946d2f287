package vn.dangvu.identity.account;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.dangvu.identity.NewAccount;
import vn.dangvu.platform.DemoMode;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FirstAdministratorTest {

	private final Accounts accounts = mock(Accounts.class);

	private final DemoMode demo = mock(DemoMode.class);

	@Test
	void anEmptyInstallationOutsideDemoModeGetsAnAdministratorWithTheConfiguredPassword() {
		when(this.accounts.count()).thenReturn(0L);
		new FirstAdministrator(this.accounts, this.demo, "configured-secret").createWhenNoAccountExists();
		ArgumentCaptor<NewAccount> created = ArgumentCaptor.forClass(NewAccount.class);
		verify(this.accounts).create(created.capture());
		assertThat(created.getValue().username()).isEqualTo("admin");
		assertThat(created.getValue().rawPassword()).isEqualTo("configured-secret");
		assertThat(created.getValue().grants()).singleElement()
			.satisfies((g) -> assertThat(g.role()).isEqualTo(Role.ADMIN));
	}

	@Test
	void withoutAConfiguredPasswordOneOfSixteenCharactersIsGenerated() {
		new FirstAdministrator(this.accounts, this.demo, "").createWhenNoAccountExists();
		ArgumentCaptor<NewAccount> created = ArgumentCaptor.forClass(NewAccount.class);
		verify(this.accounts).create(created.capture());
		assertThat(created.getValue().rawPassword()).hasSize(16);
	}

	@Test
	void nothingHappensInDemoModeOrWhenAccountsExist() {
		when(this.demo.isEnabled()).thenReturn(true);
		new FirstAdministrator(this.accounts, this.demo, "").createWhenNoAccountExists();
		when(this.demo.isEnabled()).thenReturn(false);
		when(this.accounts.count()).thenReturn(3L);
		new FirstAdministrator(this.accounts, this.demo, "").createWhenNoAccountExists();
		verify(this.accounts, never()).create(any());
	}

}
