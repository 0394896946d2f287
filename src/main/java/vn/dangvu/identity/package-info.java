/**
 * Accounts, their roles and scope units, sign-in (sessions, throttling, the first
 * administrator), personal API tokens and the security configuration. Owns
 * {@code account}, {@code account_grant}, {@code api_token} and {@code login_throttle}
 * (V300–V399); reaches units and persons only through {@code OrganisationApi},
 * {@code PeopleApi} and the published views (decision 0201). Publishes
 * {@code IdentityApi} with {@code NewAccount}, {@code AccountSummary} and {@code Grant}.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.identity;
