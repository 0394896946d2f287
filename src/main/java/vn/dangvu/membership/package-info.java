/**
 * Party membership as an append-only event log with status derived on any date (admission
 * file and its policies, probation and full membership, transfers, striking off); Youth
 * Union and trade-union memberships in the same log; Party and union dues ledgers,
 * payments and arrears. Owns {@code membership_event}, {@code admission*},
 * {@code membership_transfer}, {@code membership_document}, {@code dues_payment},
 * {@code insured_salary}, {@code party_dues_category} and {@code youth_stay} (V500–V599).
 * Publishes {@code MembershipApi} (status, members of a cell, timeline) and
 * {@code MemberSelfApi} (a member's own dues) with their records, and its deadlines as
 * {@code notification.ReminderSource}s.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.membership;
