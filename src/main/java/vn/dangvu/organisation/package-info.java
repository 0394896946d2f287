/**
 * The unit tree (Party, trade-union and Youth Union units), each unit's history of names
 * and parents, merges and re-parenting, and which units a caller may see. Owns
 * {@code org_unit} and {@code org_unit_history} (V100–V199) and publishes the read view
 * {@code unit_ref} (V110, decision 0201), {@code OrganisationApi}, {@code UnitScopes} /
 * {@code UnitScope} (the scope condition for SQL) and the events {@code UnitMoved} and
 * {@code UnitsMerged}.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.organisation;
